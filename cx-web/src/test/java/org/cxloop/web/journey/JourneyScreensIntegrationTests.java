package org.cxloop.web.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.cxloop.core.Channel;
import org.cxloop.core.customer.CustomerDetails;
import org.cxloop.core.customer.Customers;
import org.cxloop.core.interaction.InteractionDetails;
import org.cxloop.core.interaction.Interactions;
import org.cxloop.journey.map.JourneyDetails;
import org.cxloop.journey.map.JourneyEditor;
import org.cxloop.journey.map.JourneyMaps;
import org.cxloop.journey.map.StageCard;
import org.cxloop.journey.map.StageInput;
import org.cxloop.journey.map.TouchpointInput;
import org.cxloop.journey.map.VersionStatus;
import org.cxloop.testsupport.PostgresIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@PostgresIntegrationTest
class JourneyScreensIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired JourneyMaps maps;
    @Autowired JourneyEditor editor;
    @Autowired Customers customers;
    @Autowired Interactions interactions;

    RequestPostProcessor admin = user("admin@example.com").roles("ADMIN");
    RequestPostProcessor manager = user("manager@example.com").roles("MANAGER");
    String s;

    @BeforeEach
    void suffix() {
        s = UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void anAdminBuildsAJourneyOnTheScreensAndAManagerReadsTheMap() throws Exception {
        var created = mvc.perform(post("/admin/journeys").with(admin).with(csrf())
                        .param("name", "Broadband " + s).param("persona", "Home workers").param("description", "Order to first bill"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("success", "journeys.created"))
                .andReturn().getResponse().getRedirectedUrl();
        var journey = maps.list(false).stream().filter(j -> j.name().equals("Broadband " + s)).findFirst().orElseThrow();
        var version = maps.currentMap(journey.id()).version().id();
        assertThat(created).isEqualTo("/admin/journeys/" + journey.id() + "/versions/" + version);

        var editorUrl = created;
        mvc.perform(post(editorUrl + "/stages").with(admin).with(csrf()).param("name", "Purchase " + s))
                .andExpect(flash().attribute("success", "journeys.stageAdded"));
        mvc.perform(post(editorUrl + "/stages").with(admin).with(csrf()).param("name", "Installation " + s).param("code", "install-" + s))
                .andExpect(flash().attribute("success", "journeys.stageAdded"));
        var install = maps.currentMap(journey.id()).stages().get(1).id();
        mvc.perform(get(editorUrl + "/stages/{stage}/touchpoints/new", install).with(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Installation " + s)));
        mvc.perform(post(editorUrl + "/touchpoints").with(admin).with(csrf())
                        .param("name", "Technician visit " + s).param("channel", "STORE").param("stageId", String.valueOf(install))
                        .param("ownerTeam", "Field ops").param("expectation", "Arrives on time").param("expectedCsat", "5")
                        .param("momentOfTruth", "true").param("painPoints", "Four-hour slots"))
                .andExpect(flash().attribute("success", "journeys.touchpointAdded"));

        mvc.perform(get("/journeys").with(manager))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Broadband " + s)));
        mvc.perform(get("/journeys/{id}", journey.id()).with(manager))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Purchase " + s)))
                .andExpect(content().string(containsString("Technician visit " + s)))
                .andExpect(content().string(containsString("Arrives on time")))
                .andExpect(content().string(containsString("Moment of truth")))
                .andExpect(content().string(containsString("/images/channels/store.svg")))
                .andExpect(content().string(containsString("No data yet")))
                .andExpect(content().string(not(containsString("/admin/journeys/" + journey.id() + "/versions"))));
        mvc.perform(get("/journeys/{id}", journey.id()).with(manager).param("lang", "es"))
                .andExpect(content().string(containsString("Momento de la verdad")))
                .andExpect(content().string(containsString("Sin datos todav")));
    }

    @Test
    void managersReadMapsButCannotOpenTheAdminScreens() throws Exception {
        var journey = maps.create(new JourneyDetails("Locked " + s, "Anyone", null));
        mvc.perform(get("/admin/journeys").with(manager)).andExpect(status().isForbidden());
        mvc.perform(post("/admin/journeys/{id}/delete", journey).with(manager).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(get("/journeys/{id}", journey).with(manager)).andExpect(status().isOk())
                .andExpect(content().string(containsString("This map has no stages yet")));
    }

    @Test
    void arrowButtonsReorderStagesAsPlainFormsAndAnswerScriptsWithoutARedirect() throws Exception {
        var journey = maps.create(new JourneyDetails("Order " + s, "Anyone", null));
        var version = maps.currentMap(journey).version().id();
        var a = editor.addStage(version, new StageInput(null, "A " + s));
        var b = editor.addStage(version, new StageInput(null, "B " + s));
        var c = editor.addStage(version, new StageInput(null, "C " + s));
        var base = "/admin/journeys/" + journey + "/versions/" + version;

        mvc.perform(post(base + "/stages/{stage}/move", c).with(admin).with(csrf()).param("steps", "-1"))
                .andExpect(status().isSeeOther())
                .andExpect(header().string("Location", containsString(base)));
        assertThat(stageIds(journey)).containsExactly(a, c, b);

        mvc.perform(post(base + "/stages/{stage}/move", a).with(admin).with(csrf()).param("steps", "1")
                        .header("X-Requested-With", "fetch"))
                .andExpect(status().isNoContent());
        assertThat(stageIds(journey)).containsExactly(c, a, b);

        mvc.perform(post(base + "/stages/order").with(admin).with(csrf()).param("order", b + "," + a + "," + c)
                        .header("X-Requested-With", "fetch"))
                .andExpect(status().isNoContent());
        assertThat(stageIds(journey)).containsExactly(b, a, c);
        mvc.perform(post(base + "/stages/order").with(admin).with(csrf()).param("order", b + "," + a))
                .andExpect(status().isBadRequest());
        mvc.perform(post(base + "/stages/order").with(admin).with(csrf()).param("order", "x,y"))
                .andExpect(status().isBadRequest());
        assertThat(stageIds(journey)).containsExactly(b, a, c);

        mvc.perform(get(base).with(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/js/journey-editor.js")))
                .andExpect(content().string(containsString("data-stage-id=\"" + b + "\"")));
    }

    @Test
    void removingATouchpointWithInteractionsFromTheAsIsIsRefusedWithAClearMessage() throws Exception {
        var journey = maps.create(new JourneyDetails("History " + s, "Anyone", null));
        var version = maps.currentMap(journey).version().id();
        var stage = editor.addStage(version, new StageInput(null, "Support " + s));
        var card = editor.addTouchpoint(version, stage, new TouchpointInput("call-" + s, "Call", Channel.PHONE, null, null, null, false, null));
        var customer = "c-" + s;
        customers.save(customer, new CustomerDetails("Ana", null, "en", null, LocalDate.of(2025, 1, 1), null, false, false));
        interactions.record(new InteractionDetails(customer, "call-" + s, Instant.parse("2026-11-01T09:00:00Z"), true, null));
        var base = "/admin/journeys/" + journey + "/versions/" + version;

        mvc.perform(post(base + "/touchpoints/{card}/delete", card).with(admin).with(csrf()))
                .andExpect(flash().attribute("error", "journey.touchpoint.hasHistory"));
        mvc.perform(post(base + "/stages/{stage}/delete", stage).with(admin).with(csrf()))
                .andExpect(flash().attribute("error", "journey.touchpoint.hasHistory"));
        mvc.perform(post("/admin/journeys/{id}/delete", journey).with(admin).with(csrf()))
                .andExpect(flash().attribute("error", "journey.delete.hasHistory"));
        mvc.perform(get(base).with(admin).flashAttr("error", "journey.touchpoint.hasHistory"))
                .andExpect(content().string(containsString("Archive it instead")));
        assertThat(maps.currentMap(journey).touchpointCount()).isEqualTo(1);
    }

    @Test
    void aRefusedDeleteOffersArchivingAndAnArchivedCardLeavesTheMapUntilItIsRestored() throws Exception {
        var journey = maps.create(new JourneyDetails("Archive " + s, "Anyone", null));
        var version = maps.currentMap(journey).version().id();
        var stage = editor.addStage(version, new StageInput(null, "Support " + s));
        var card = editor.addTouchpoint(version, stage, new TouchpointInput("fax-" + s, "Fax line " + s, Channel.PHONE, null, null, null, false, null));
        var chat = editor.addTouchpoint(version, stage, new TouchpointInput("chat-" + s, "Chat " + s, Channel.CHAT, null, null, null, false, null));
        var customer = "c-" + s;
        customers.save(customer, new CustomerDetails("Ana", null, "en", null, LocalDate.of(2025, 1, 1), null, false, false));
        interactions.record(new InteractionDetails(customer, "fax-" + s, Instant.parse("2026-11-01T09:00:00Z"), true, null));
        var base = "/admin/journeys/" + journey + "/versions/" + version;

        var refused = mvc.perform(post(base + "/touchpoints/{card}/delete", card).with(admin).with(csrf()))
                .andExpect(flash().attribute("error", "journey.touchpoint.hasHistory"))
                .andExpect(flash().attribute("archiveAction", "/touchpoints/" + card + "/archive"))
                .andExpect(flash().attribute("archiveName", "Fax line " + s))
                .andReturn().getFlashMap();
        mvc.perform(get(base).with(admin).flashAttrs(refused))
                .andExpect(content().string(containsString("action=\"" + base + "/touchpoints/" + card + "/archive\"")))
                .andExpect(content().string(containsString("Archive \u201cFax line " + s + "\u201d instead")));

        mvc.perform(post(base + "/touchpoints/{card}/archive", card).with(admin).with(csrf()))
                .andExpect(flash().attribute("success", "journeys.touchpointArchived"));
        assertThat(maps.currentMap(journey).stages().getFirst().touchpoints()).extracting(t -> t.name()).containsExactly("Chat " + s);
        mvc.perform(get(base).with(admin))
                .andExpect(content().string(containsString("Archived on this map")))
                .andExpect(content().string(containsString("Restore Fax line " + s)))
                .andExpect(content().string(not(containsString("class=\"cx-card-edit\" data-card-id=\"" + card + "\""))))
                .andExpect(content().string(containsString("class=\"cx-card-edit\" data-card-id=\"" + chat + "\"")));
        mvc.perform(get("/journeys/{id}", journey).with(manager))
                .andExpect(content().string(not(containsString("data-code=\"fax-" + s + "\""))))
                .andExpect(content().string(containsString("Archived on this map: Fax line " + s)));

        mvc.perform(post(base + "/stages/{stage}/archive", stage).with(admin).with(csrf()))
                .andExpect(flash().attribute("success", "journeys.stageArchived"));
        assertThat(maps.currentMap(journey).stages()).isEmpty();
        mvc.perform(post(base + "/stages/{stage}/restore", stage).with(admin).with(csrf()))
                .andExpect(flash().attribute("success", "journeys.stageRestored"));
        mvc.perform(post(base + "/touchpoints/{card}/restore", card).with(admin).with(csrf()))
                .andExpect(flash().attribute("success", "journeys.touchpointRestored"));
        assertThat(maps.currentMap(journey).stages().getFirst().touchpoints()).extracting(t -> t.name())
                .containsExactly("Chat " + s, "Fax line " + s);
    }

    @Test
    void aDraggedCardIsPlacedOnAnotherStageWithoutARedirectForScriptsAndWithOneWithout() throws Exception {
        var journey = maps.create(new JourneyDetails("Drag cards " + s, "Anyone", null));
        var version = maps.currentMap(journey).version().id();
        var a = editor.addStage(version, new StageInput(null, "Visit " + s));
        var b = editor.addStage(version, new StageInput(null, "Buy " + s));
        var card = editor.addTouchpoint(version, a, new TouchpointInput(null, "Kiosk " + s, Channel.STORE, null, null, null, false, null));
        editor.addTouchpoint(version, b, new TouchpointInput(null, "Till " + s, Channel.STORE, null, null, null, false, null));
        var base = "/admin/journeys/" + journey + "/versions/" + version;

        mvc.perform(post(base + "/touchpoints/{card}/place", card).with(admin).with(csrf()).header("X-Requested-With", "fetch")
                        .param("stage", String.valueOf(b)).param("index", "0"))
                .andExpect(status().isNoContent());
        assertThat(maps.currentMap(journey).stages().get(1).touchpoints()).extracting(t -> t.name())
                .containsExactly("Kiosk " + s, "Till " + s);
        mvc.perform(post(base + "/touchpoints/{card}/place", card).with(admin).with(csrf())
                        .param("stage", String.valueOf(b)).param("index", "9"))
                .andExpect(status().isSeeOther())
                .andExpect(header().string("Location", containsString(base)));
        assertThat(maps.currentMap(journey).stages().get(1).touchpoints()).extracting(t -> t.name())
                .containsExactly("Till " + s, "Kiosk " + s);
        assertThat(maps.currentMap(journey).stages().get(0).touchpoints()).isEmpty();
    }

    @Test
    void aDraftIsStartedComparedAndPromotedOnTheScreens() throws Exception {
        var journey = maps.create(new JourneyDetails("Drafts " + s, "Anyone", null));
        var asIs = maps.currentMap(journey).version().id();
        var stage = editor.addStage(asIs, new StageInput(null, "Usage " + s));
        editor.addTouchpoint(asIs, stage, new TouchpointInput(null, "Help centre " + s, Channel.WEB, null, null, 3, false, null));

        var draftUrl = mvc.perform(post("/admin/journeys/{id}/drafts", journey).with(admin).with(csrf()).param("label", "Chat first"))
                .andExpect(flash().attribute("success", "journeys.draftStarted"))
                .andReturn().getResponse().getRedirectedUrl();
        var draft = maps.versions(journey).getFirst();
        assertThat(draftUrl).endsWith("/versions/" + draft.id());
        var draftStage = maps.map(draft.id()).stages().getFirst().id();
        mvc.perform(post(draftUrl + "/touchpoints").with(admin).with(csrf())
                        .param("name", "Live chat " + s).param("channel", "CHAT").param("stageId", String.valueOf(draftStage)))
                .andExpect(flash().attribute("success", "journeys.touchpointAdded"));

        mvc.perform(get("/journeys/{id}/versions/{v}/compare", journey, draft.id()).with(manager))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("1 added")))
                .andExpect(content().string(containsString("Live chat " + s)));
        mvc.perform(get("/admin/journeys/{id}", journey).with(admin))
                .andExpect(content().string(containsString("Chat first")))
                .andExpect(content().string(containsString("Promote to as-is")));

        mvc.perform(post("/admin/journeys/{id}/versions/{v}/promote", journey, draft.id()).with(admin).with(csrf()))
                .andExpect(flash().attribute("success", "journeys.promoted"));
        assertThat(maps.currentMap(journey).version().id()).isEqualTo(draft.id());
        assertThat(maps.version(asIs).status()).isEqualTo(VersionStatus.SUPERSEDED);
        mvc.perform(get("/journeys/{id}", journey).with(manager).param("version", String.valueOf(asIs)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Superseded")))
                .andExpect(content().string(containsString("Help centre " + s)))
                .andExpect(content().string(not(containsString("Live chat " + s))));
        mvc.perform(post("/admin/journeys/{id}/versions/{v}/stages", journey, asIs).with(admin).with(csrf()).param("name", "Late"))
                .andExpect(flash().attribute("error", "journey.version.readOnly"));
    }

    @Test
    void anExportedFileImportsAsANewJourneyThatExportsTheSameBytes() throws Exception {
        var journey = maps.create(new JourneyDetails("Export " + s, "Students", "Enrolment"));
        var version = maps.currentMap(journey).version().id();
        var stage = editor.addStage(version, new StageInput(null, "Enrol " + s));
        editor.addTouchpoint(version, stage, new TouchpointInput(null, "Form " + s, Channel.WEB, "Admissions", "Short", 4, true, "Many fields"));
        maps.startDraft(journey, "Simpler");

        var exported = mvc.perform(get("/admin/journeys/{id}/export", journey).with(admin))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andReturn().getResponse().getContentAsByteArray();

        var redirect = mvc.perform(multipart("/admin/journeys/import")
                        .file(new MockMultipartFile("file", "journey.json", "application/json", exported)).with(admin).with(csrf()))
                .andExpect(flash().attribute("success", "journeys.imported"))
                .andReturn().getResponse().getRedirectedUrl();
        var imported = Long.parseLong(redirect.substring(redirect.lastIndexOf('/') + 1));
        assertThat(imported).isNotEqualTo(journey);

        var again = mvc.perform(get("/admin/journeys/{id}/export", imported).with(admin))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(again, java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo(new String(exported, java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void aBrokenImportFileIsRefusedWithAMessage() throws Exception {
        mvc.perform(multipart("/admin/journeys/import")
                        .file(new MockMultipartFile("file", "x.json", "application/json", "{not json".getBytes())).with(admin).with(csrf()))
                .andExpect(flash().attribute("error", "journeys.import.unreadable"));
        var noAsIs = """
                {"format":"cx-loop/journey-map@1","name":"X","persona":"Y","archived":false,
                 "versions":[{"number":1,"status":"TO_BE","createdAt":"2026-01-01T00:00:00Z","stages":[]}]}""";
        mvc.perform(multipart("/admin/journeys/import")
                        .file(new MockMultipartFile("file", "x.json", "application/json", noAsIs.getBytes())).with(admin).with(csrf()))
                .andExpect(flash().attribute("error", "journey.document.oneAsIs"));
    }

    @Test
    void theTouchpointFormShowsFieldErrors() throws Exception {
        var journey = maps.create(new JourneyDetails("Errors " + s, "Anyone", null));
        var version = maps.currentMap(journey).version().id();
        var stage = editor.addStage(version, new StageInput(null, "Usage " + s));
        mvc.perform(post("/admin/journeys/{id}/versions/{v}/touchpoints", journey, version).with(admin).with(csrf())
                        .param("name", "").param("channel", "WEB").param("stageId", String.valueOf(stage)).param("expectedCsat", "9"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "name", "expectedCsat"))
                .andExpect(content().string(containsString("is-invalid")));
        mvc.perform(post("/admin/journeys").with(admin).with(csrf()).param("name", "").param("persona", ""))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "name", "persona"));
    }

    @Test
    void stagesAndCardsAreRenamedEditedMovedAndRemovedOnTheScreens() throws Exception {
        var journey = maps.create(new JourneyDetails("Edits " + s, "Anyone", null));
        var version = maps.currentMap(journey).version().id();
        var buy = editor.addStage(version, new StageInput(null, "Buy " + s));
        var help = editor.addStage(version, new StageInput(null, "Help " + s));
        var first = editor.addTouchpoint(version, buy, new TouchpointInput(null, "First " + s, Channel.WEB, null, null, null, false, null));
        var second = editor.addTouchpoint(version, buy, new TouchpointInput(null, "Second " + s, Channel.APP, null, null, null, false, null));
        var base = "/admin/journeys/" + journey + "/versions/" + version;

        mvc.perform(post(base + "/stages/{stage}/rename", buy).with(admin).with(csrf()).param("name", "Purchase " + s))
                .andExpect(flash().attribute("success", "journeys.stageRenamed"));
        mvc.perform(post(base + "/stages/{stage}/rename", buy).with(admin).with(csrf()).param("name", " "))
                .andExpect(flash().attribute("error", "stage.name.required"));
        mvc.perform(post(base + "/touchpoints/{card}/move", second).with(admin).with(csrf()).param("steps", "-1"))
                .andExpect(status().isSeeOther());
        assertThat(maps.currentMap(journey).stages().getFirst().touchpoints()).extracting(t -> t.id()).containsExactly(second, first);

        mvc.perform(get(base + "/touchpoints/{card}", first).with(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("First " + s)));
        mvc.perform(post(base + "/touchpoints/{card}", first).with(admin).with(csrf())
                        .param("name", "First renamed " + s).param("channel", "EMAIL").param("stageId", String.valueOf(help))
                        .param("expectedCsat", "2"))
                .andExpect(flash().attribute("success", "journeys.touchpointSaved"));
        var map = maps.currentMap(journey);
        assertThat(map.stages().getFirst().name()).isEqualTo("Purchase " + s);
        assertThat(map.stages().get(1).touchpoints()).singleElement()
                .satisfies(t -> assertThat(t.name()).isEqualTo("First renamed " + s))
                .satisfies(t -> assertThat(t.channel()).isEqualTo(Channel.EMAIL));

        mvc.perform(post(base + "/touchpoints/{card}/delete", second).with(admin).with(csrf()))
                .andExpect(flash().attribute("success", "journeys.touchpointRemoved"));
        mvc.perform(post(base + "/stages/{stage}/delete", help).with(admin).with(csrf()))
                .andExpect(flash().attribute("success", "journeys.stageRemoved"));
        assertThat(maps.currentMap(journey).stages()).extracting(StageCard::name).containsExactly("Purchase " + s);
    }

    @Test
    void aJourneyIsRenamedArchivedRestoredAndDeletedOnTheScreens() throws Exception {
        var journey = maps.create(new JourneyDetails("Lifecycle " + s, "Anyone", null));
        mvc.perform(post("/admin/journeys/{id}", journey).with(admin).with(csrf())
                        .param("name", "Lifecycle renamed " + s).param("persona", "Retirees").param("description", "New"))
                .andExpect(flash().attribute("success", "journeys.saved"));
        assertThat(maps.get(journey).persona()).isEqualTo("Retirees");

        mvc.perform(post("/admin/journeys/{id}/archive", journey).with(admin).with(csrf()).param("archived", "true"))
                .andExpect(flash().attribute("success", "journeys.archived"));
        mvc.perform(get("/journeys").with(manager))
                .andExpect(content().string(containsString("Archived journeys")));
        assertThat(maps.get(journey).archived()).isTrue();
        mvc.perform(post("/admin/journeys/{id}/archive", journey).with(admin).with(csrf()).param("archived", "false"))
                .andExpect(flash().attribute("success", "journeys.restored"));

        mvc.perform(post("/admin/journeys/{id}/delete", journey).with(admin).with(csrf()))
                .andExpect(flash().attribute("success", "journeys.deleted"));
        mvc.perform(get("/journeys/{id}", journey).with(manager)).andExpect(status().isNotFound());
    }

    java.util.List<Long> stageIds(long journey) {
        return maps.currentMap(journey).stages().stream().map(StageCard::id).toList();
    }
}
