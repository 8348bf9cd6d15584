package org.cxloop.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.UUID;
import org.cxloop.core.apikey.ApiKeys;
import org.cxloop.testsupport.PostgresIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@PostgresIntegrationTest
class JourneyApiIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired ApiKeys apiKeys;

    String bearer;
    String s;

    @BeforeEach
    void issueKey() {
        bearer = "Bearer " + apiKeys.issue("journey tests", "tests").secret();
        s = UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void createsAJourneyPlacesStagesAndTouchpointsAndReadsThemBackInOrder() throws Exception {
        var id = createJourney("Telecom " + s);
        var body = mvc.perform(get("/api/v1/journeys/{id}", id).header("Authorization", bearer))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.asIs.journey.name").value("Telecom " + s))
                .andExpect(jsonPath("$.asIs.version.status").value("AS_IS"))
                .andExpect(jsonPath("$.asIs.stages").isEmpty())
                .andReturn().getResponse().getContentAsString();
        long version = ((Number) JsonPath.read(body, "$.asIs.version.id")).longValue();
        var versionUrl = "/api/v1/journeys/" + id + "/versions/" + version;

        var stage = mvc.perform(json(post(versionUrl + "/stages"), "{\"name\":\"Support " + s + "\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.code").value("support-" + s))
                .andReturn().getResponse().getContentAsString();
        mvc.perform(json(post(versionUrl + "/stages"), "{\"code\":\"buy-" + s + "\",\"name\":\"Purchase\"}"))
                .andExpect(status().isCreated());
        long stageId = ((Number) JsonPath.read(stage, "$.id")).longValue();
        mvc.perform(json(post(versionUrl + "/stages/{stage}/touchpoints", stageId),
                        "{\"code\":\"hotline-" + s + "\",\"name\":\"Hotline\",\"channel\":\"PHONE\",\"ownerTeam\":\"Care\","
                                + "\"expectation\":\"Answer in a minute\",\"expectedCsat\":4,\"momentOfTruth\":true,\"painPoints\":\"Menus\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.code").value("hotline-" + s))
                .andExpect(jsonPath("$.momentOfTruth").value(true));

        mvc.perform(get(versionUrl).header("Authorization", bearer))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.stages[0].name").value("Support " + s))
                .andExpect(jsonPath("$.stages[1].code").value("buy-" + s))
                .andExpect(jsonPath("$.stages[0].touchpoints[0].expectedCsat").value(4))
                .andExpect(jsonPath("$.stages[0].touchpoints[0].channel").value("PHONE"));
        mvc.perform(get("/api/v1/touchpoints/{code}", "hotline-" + s).header("Authorization", bearer))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.stageCode").value("support-" + s));
    }

    @Test
    void listsAndUpdatesJourneys() throws Exception {
        var id = createJourney("Listed " + s);
        mvc.perform(json(put("/api/v1/journeys/{id}", id), "{\"name\":\"Renamed " + s + "\",\"persona\":\"SMEs\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.asIs.journey.persona").value("SMEs"));
        mvc.perform(get("/api/v1/journeys").header("Authorization", bearer))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].name", hasItem("Renamed " + s)))
                .andExpect(jsonPath("$[*].name", not(hasItem("Listed " + s))));
    }

    @Test
    void namesTheFieldOfAnInvalidJourneyOrTouchpoint() throws Exception {
        mvc.perform(json(post("/api/v1/journeys"), "{\"name\":\"No persona\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("persona"));
        var id = createJourney("Scores " + s);
        var body = mvc.perform(get("/api/v1/journeys/{id}", id).header("Authorization", bearer)).andReturn().getResponse().getContentAsString();
        long version = ((Number) JsonPath.read(body, "$.asIs.version.id")).longValue();
        var stage = mvc.perform(json(post("/api/v1/journeys/{id}/versions/{v}/stages", id, version), "{\"name\":\"Usage " + s + "\"}"))
                .andReturn().getResponse().getContentAsString();
        mvc.perform(json(post("/api/v1/journeys/{id}/versions/{v}/stages/{st}/touchpoints", id, version, JsonPath.read(stage, "$.id")),
                        "{\"name\":\"App\",\"channel\":\"APP\",\"expectedCsat\":7}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("expectedCsat"));
        mvc.perform(get("/api/v1/journeys/{id}", 987654321L).header("Authorization", bearer))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/journeys")).andExpect(status().isUnauthorized());
    }

    @Test
    void aDocumentExportedThroughTheApiImportsAndExportsUnchanged() throws Exception {
        var id = createJourney("Round trip " + s);
        var body = mvc.perform(get("/api/v1/journeys/{id}", id).header("Authorization", bearer)).andReturn().getResponse().getContentAsString();
        long version = ((Number) JsonPath.read(body, "$.asIs.version.id")).longValue();
        var stage = mvc.perform(json(post("/api/v1/journeys/{id}/versions/{v}/stages", id, version), "{\"name\":\"Visit " + s + "\"}"))
                .andReturn().getResponse().getContentAsString();
        mvc.perform(json(post("/api/v1/journeys/{id}/versions/{v}/stages/{st}/touchpoints", id, version, JsonPath.read(stage, "$.id")),
                        "{\"name\":\"Kiosk " + s + "\",\"channel\":\"STORE\",\"expectedCsat\":3,\"painPoints\":\"Queues\"}"))
                .andExpect(status().isCreated());

        var document = mvc.perform(get("/api/v1/journeys/{id}/document", id).header("Authorization", bearer))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.format").value("cx-loop/journey-map@1"))
                .andExpect(jsonPath("$.versions[0].stages[0].touchpoints[0].code").value("kiosk-" + s))
                .andReturn().getResponse().getContentAsString();
        var imported = mvc.perform(json(post("/api/v1/journeys/documents"), document))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString("/api/v1/journeys/")))
                .andReturn().getResponse().getContentAsString();
        long importedId = ((Number) JsonPath.read(imported, "$.asIs.journey.id")).longValue();
        assertThat(importedId).isNotEqualTo(id);

        var again = mvc.perform(get("/api/v1/journeys/{id}/document", importedId).header("Authorization", bearer))
                .andReturn().getResponse().getContentAsString();
        assertThat(again).isEqualTo(document);
    }

    @Test
    void aDraftIsStartedEditedComparedWithTheAsIsAndPromoted() throws Exception {
        var id = createJourney("Drafts " + s);
        long asIs = asIsVersion(id);
        var asIsUrl = "/api/v1/journeys/" + id + "/versions/" + asIs;
        long visit = idOf(mvc.perform(json(post(asIsUrl + "/stages"), "{\"name\":\"Visit " + s + "\"}")).andReturn());
        idOf(mvc.perform(json(post(asIsUrl + "/stages"), "{\"name\":\"Buy " + s + "\"}")).andReturn());
        mvc.perform(json(post(asIsUrl + "/stages/{stage}/touchpoints", visit), "{\"code\":\"kiosk-" + s + "\",\"name\":\"Kiosk\",\"channel\":\"STORE\"}"))
                .andExpect(status().isCreated());
        mvc.perform(json(post(asIsUrl + "/stages/{stage}/touchpoints", visit), "{\"code\":\"flyer-" + s + "\",\"name\":\"Flyer\",\"channel\":\"EMAIL\"}"))
                .andExpect(status().isCreated());

        var draftBody = mvc.perform(json(post("/api/v1/journeys/{id}/drafts", id), "{\"label\":\"Digital " + s + "\"}"))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString("/api/v1/journeys/" + id + "/versions/")))
                .andExpect(jsonPath("$.version.status").value("TO_BE"))
                .andExpect(jsonPath("$.version.label").value("Digital " + s))
                .andExpect(jsonPath("$.stages[0].touchpoints.length()").value(2))
                .andReturn().getResponse().getContentAsString();
        long draft = ((Number) JsonPath.read(draftBody, "$.version.id")).longValue();
        long draftBuy = ((Number) JsonPath.read(draftBody, "$.stages[1].id")).longValue();
        long draftKiosk = ((Number) JsonPath.read(draftBody, "$.stages[0].touchpoints[0].id")).longValue();
        long draftFlyer = ((Number) JsonPath.read(draftBody, "$.stages[0].touchpoints[1].id")).longValue();
        var draftUrl = "/api/v1/journeys/" + id + "/versions/" + draft;

        mvc.perform(json(post(draftUrl + "/touchpoints/{card}/place", draftKiosk), "{\"stage\":" + draftBuy + ",\"index\":0}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.stages[1].touchpoints[0].code").value("kiosk-" + s));
        mvc.perform(delete(draftUrl + "/touchpoints/{card}", draftFlyer).header("Authorization", bearer))
                .andExpect(status().isNoContent());
        mvc.perform(json(post(draftUrl + "/stages/{stage}/touchpoints", draftBuy), "{\"code\":\"app-" + s + "\",\"name\":\"App\",\"channel\":\"APP\"}"))
                .andExpect(status().isCreated());
        mvc.perform(json(put(draftUrl + "/stages/{stage}", draftBuy), "{\"name\":\"Purchase " + s + "\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Purchase " + s));
        mvc.perform(json(put(draftUrl + "/stages/order"), "{\"order\":[" + draftBuy + "," + idOfStage(draftBody, 0) + "]}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.stages[0].name").value("Purchase " + s));

        mvc.perform(get(draftUrl + "/comparison").header("Authorization", bearer))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.asIs.id").value(asIs))
                .andExpect(jsonPath("$.added[0]").value("app-" + s))
                .andExpect(jsonPath("$.removed[0]").value("flyer-" + s))
                .andExpect(jsonPath("$.moved[0]").value("kiosk-" + s))
                .andExpect(jsonPath("$.identical").value(false));

        mvc.perform(post(asIsUrl + "/promote").header("Authorization", bearer))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("version"));
        mvc.perform(post(draftUrl + "/promote").header("Authorization", bearer))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.asIs.version.id").value(draft))
                .andExpect(jsonPath("$.asIs.stages[0].name").value("Purchase " + s))
                .andExpect(jsonPath("$.versions[1].status").value("SUPERSEDED"));
        mvc.perform(get(asIsUrl).header("Authorization", bearer))
                .andExpect(jsonPath("$.version.status").value("SUPERSEDED"))
                .andExpect(jsonPath("$.stages[0].touchpoints[1].code").value("flyer-" + s));
        mvc.perform(json(post(asIsUrl + "/stages"), "{\"name\":\"Late " + s + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("version"));

        var other = mvc.perform(json(post("/api/v1/journeys/{id}/drafts", id), "{}")).andReturn().getResponse().getContentAsString();
        mvc.perform(delete("/api/v1/journeys/{id}/versions/{v}", id, JsonPath.read(other, "$.version.id")).header("Authorization", bearer))
                .andExpect(status().isNoContent());
        mvc.perform(delete("/api/v1/journeys/{id}/versions/{v}", id, draft).header("Authorization", bearer))
                .andExpect(status().isBadRequest());
    }

    @Test
    void aCardWithHistoryCannotBeDeletedButIsArchivedAndRestoredThroughTheApi() throws Exception {
        var id = createJourney("Archive " + s);
        var url = "/api/v1/journeys/" + id + "/versions/" + asIsVersion(id);
        long stage = idOf(mvc.perform(json(post(url + "/stages"), "{\"name\":\"Care " + s + "\"}")).andReturn());
        long card = idOf(mvc.perform(json(post(url + "/stages/{stage}/touchpoints", stage),
                "{\"code\":\"fax-" + s + "\",\"name\":\"Fax\",\"channel\":\"PHONE\"}")).andReturn());
        mvc.perform(json(put("/api/v1/customers/{c}", "api-" + s), "{\"name\":\"Ana\",\"customerSince\":\"2025-01-01\"}"))
                .andExpect(status().is2xxSuccessful());
        mvc.perform(json(post("/api/v1/responses"), "{\"customerExternalId\":\"api-" + s + "\",\"touchpoint\":\"fax-" + s
                        + "\",\"surveyType\":\"CSAT\",\"score\":2,\"respondedAt\":\"2026-11-01\"}"))
                .andExpect(status().is2xxSuccessful());

        mvc.perform(delete(url + "/touchpoints/{card}", card).header("Authorization", bearer))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.field").value("touchpoint"))
                .andExpect(jsonPath("$.detail", containsString("Archive it instead")));
        mvc.perform(delete(url + "/stages/{stage}", stage).header("Authorization", bearer))
                .andExpect(status().isConflict());
        mvc.perform(delete("/api/v1/journeys/{id}", id).header("Authorization", bearer))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.field").value("journey"));

        mvc.perform(post(url + "/touchpoints/{card}/archive", card).header("Authorization", bearer))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.stages[0].touchpoints").isEmpty());
        mvc.perform(get(url + "/archived").header("Authorization", bearer))
                .andExpect(jsonPath("$.cardsOnActiveStages[0].touchpoints[0].code").value("fax-" + s))
                .andExpect(jsonPath("$.cardsOnActiveStages[0].touchpoints[0].archived").value(true));
        mvc.perform(json(put(url + "/touchpoints/{card}", card), "{\"name\":\"Fax\",\"channel\":\"PHONE\"}"))
                .andExpect(status().isNotFound());
        mvc.perform(post(url + "/touchpoints/{card}/restore", card).header("Authorization", bearer))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.stages[0].touchpoints[0].code").value("fax-" + s));
        mvc.perform(json(put(url + "/touchpoints/{card}", card), "{\"name\":\"Fax line\",\"channel\":\"PHONE\",\"expectedCsat\":4,\"momentOfTruth\":true}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Fax line"))
                .andExpect(jsonPath("$.code").value("fax-" + s))
                .andExpect(jsonPath("$.momentOfTruth").value(true));

        mvc.perform(post(url + "/stages/{stage}/archive", stage).header("Authorization", bearer))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.stages").isEmpty());
        mvc.perform(post(url + "/stages/{stage}/archive", stage).header("Authorization", bearer))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("stage"));
        mvc.perform(post(url + "/stages/{stage}/restore", stage).header("Authorization", bearer))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.stages[0].touchpoints[0].name").value("Fax line"));
        mvc.perform(post("/api/v1/journeys/{id}/archive", id).header("Authorization", bearer))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.asIs.journey.archived").value(true));
        mvc.perform(post("/api/v1/journeys/{id}/restore", id).header("Authorization", bearer))
                .andExpect(jsonPath("$.asIs.journey.archived").value(false));
    }

    @Test
    void editingErrorsNameTheField() throws Exception {
        var id = createJourney("Errors " + s);
        var url = "/api/v1/journeys/" + id + "/versions/" + asIsVersion(id);
        long stage = idOf(mvc.perform(json(post(url + "/stages"), "{\"name\":\"Care " + s + "\"}")).andReturn());
        long card = idOf(mvc.perform(json(post(url + "/stages/{stage}/touchpoints", stage),
                "{\"name\":\"Chat " + s + "\",\"channel\":\"CHAT\"}")).andReturn());
        mvc.perform(json(put(url + "/stages/{stage}", stage), "{\"name\":\"\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("name"));
        mvc.perform(json(put(url + "/stages/order"), "{}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("order"));
        mvc.perform(json(put(url + "/stages/order"), "{\"order\":[1,2]}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("order"));
        mvc.perform(json(post(url + "/touchpoints/{card}/place", card), "{\"index\":0}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("stage"));
        mvc.perform(json(post(url + "/touchpoints/{card}/place", card), "{\"stage\":\"x\",\"index\":0}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("stage"));
        mvc.perform(json(put(url + "/touchpoints/{card}", card), "{\"name\":\"Chat\",\"channel\":\"FAX\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("channel"));
        mvc.perform(json(post("/api/v1/journeys/{id}/drafts", id), "{\"label\":\"" + "x".repeat(151) + "\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("label"));
        mvc.perform(get("/api/v1/journeys/{id}/versions/{v}/comparison", id, 987654321L).header("Authorization", bearer))
                .andExpect(status().isNotFound());
        assertThat(asIsVersion(id)).isPositive();
    }

    @Test
    void badBodiesOnRealJourneyRoutesAnswer4xxAndChangeNothing() throws Exception {
        var id = createJourney("Fuzzed " + s);
        var version = asIsVersion(id);
        var url = "/api/v1/journeys/" + id + "/versions/" + version;
        long stage = idOf(mvc.perform(json(post(url + "/stages"), "{\"name\":\"Care " + s + "\"}")).andReturn());
        long card = idOf(mvc.perform(json(post(url + "/stages/{stage}/touchpoints", stage),
                "{\"name\":\"Chat " + s + "\",\"channel\":\"CHAT\"}")).andReturn());
        var before = mvc.perform(get("/api/v1/journeys/{id}/document", id).header("Authorization", bearer))
                .andReturn().getResponse().getContentAsString();
        var bodies = java.util.List.of("", "{", "[]", "null", "{\"order\":\"x\"}", "{\"order\":[null]}", "{\"order\":[" + stage + "," + stage + "]}",
                "{\"stage\":-1,\"index\":0}", "{\"stage\":" + stage + ",\"index\":\"first\"}", "{\"stage\":1e309,\"index\":0}",
                "{\"name\":null}", "{\"name\":\"" + "x".repeat(70_000) + "\"}", "{\"name\":\"\\u0000\",\"channel\":\"WEB\"}",
                "{\"channel\":\"WEB\",\"expectedCsat\":99999999999}", "{\"label\":[1]}");
        var routes = java.util.List.of(put(url + "/stages/order"), post(url + "/touchpoints/" + card + "/place"),
                put(url + "/stages/" + stage), put(url + "/touchpoints/" + card), post(url + "/stages"),
                post(url + "/stages/" + stage + "/touchpoints"), put("/api/v1/journeys/" + id));
        var failures = new java.util.ArrayList<String>();
        for (var route : routes) {
            for (var body : bodies) {
                var response = mvc.perform(json(route, body)).andReturn().getResponse();
                if (response.getStatus() / 100 != 4) {
                    failures.add(response.getStatus() + " for " + body.substring(0, Math.min(40, body.length())));
                }
            }
        }
        assertThat(failures).isEmpty();
        var after = mvc.perform(get("/api/v1/journeys/{id}/document", id).header("Authorization", bearer))
                .andReturn().getResponse().getContentAsString();
        assertThat(after).isEqualTo(before);
    }

    @Test
    void theOpenApiDescriptionDocumentsTheJourneyEndpoints() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/journeys'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/journeys'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/journeys/{id}'].put").exists())
                .andExpect(jsonPath("$.paths['/api/v1/journeys/documents'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/journeys/{id}'].delete").exists())
                .andExpect(jsonPath("$.paths['/api/v1/journeys/{id}/archive'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/journeys/{id}/drafts'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/journeys/{id}/versions/{version}/comparison'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/journeys/{id}/versions/{version}/promote'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/journeys/{id}/versions/{version}'].delete").exists())
                .andExpect(jsonPath("$.paths['/api/v1/journeys/{id}/versions/{version}/stages/order'].put").exists())
                .andExpect(jsonPath("$.paths['/api/v1/journeys/{id}/versions/{version}/stages/{stage}/archive'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/journeys/{id}/versions/{version}/touchpoints/{card}/place'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/journeys/{id}/versions/{version}/touchpoints/{card}'].delete").exists());
    }

    long asIsVersion(long journey) throws Exception {
        var body = mvc.perform(get("/api/v1/journeys/{id}", journey).header("Authorization", bearer)).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(body, "$.asIs.version.id")).longValue();
    }

    static long idOf(org.springframework.test.web.servlet.MvcResult result) throws Exception {
        assertThat(result.getResponse().getStatus()).isEqualTo(201);
        return ((Number) JsonPath.read(result.getResponse().getContentAsString(), "$.id")).longValue();
    }

    static long idOfStage(String map, int index) {
        return ((Number) JsonPath.read(map, "$.stages[" + index + "].id")).longValue();
    }

    long createJourney(String name) throws Exception {
        var body = mvc.perform(json(post("/api/v1/journeys"), "{\"name\":\"" + name + "\",\"persona\":\"Families\",\"description\":\"d\"}"))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString("/api/v1/journeys/")))
                .andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(body, "$.asIs.journey.id")).longValue();
    }

    MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.header("Authorization", bearer).contentType(MediaType.APPLICATION_JSON).content(body);
    }
}
