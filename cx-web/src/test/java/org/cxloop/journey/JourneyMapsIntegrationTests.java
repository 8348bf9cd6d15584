package org.cxloop.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.cxloop.core.Channel;
import org.cxloop.core.InvalidInputException;
import org.cxloop.core.customer.CustomerDetails;
import org.cxloop.core.customer.Customers;
import org.cxloop.core.interaction.InteractionDetails;
import org.cxloop.core.interaction.Interactions;
import org.cxloop.core.stage.JourneyStages;
import org.cxloop.core.touchpoint.Touchpoints;
import org.cxloop.journey.map.JourneyDetails;
import org.cxloop.journey.map.JourneyEditor;
import org.cxloop.journey.map.JourneyMap;
import org.cxloop.journey.map.JourneyMaps;
import org.cxloop.journey.map.StageCard;
import org.cxloop.journey.map.StageInput;
import org.cxloop.journey.map.TouchpointCard;
import org.cxloop.journey.map.TouchpointInput;
import org.cxloop.journey.map.VersionStatus;
import org.cxloop.testsupport.PostgresIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Journey maps on PostgreSQL: ordering, versions and promotion, refused deletes. */
@PostgresIntegrationTest
class JourneyMapsIntegrationTests {

    @Autowired JourneyMaps maps;
    @Autowired JourneyEditor editor;
    @Autowired JourneyStages coreStages;
    @Autowired Touchpoints coreTouchpoints;
    @Autowired Customers customers;
    @Autowired Interactions interactions;
    @Autowired JdbcClient jdbc;

    String s;
    long journey;
    long asIs;

    @BeforeEach
    void createJourney() {
        s = UUID.randomUUID().toString().substring(0, 8);
        journey = maps.create(new JourneyDetails("Home insurance " + s, "Young families", "From quote to claim"));
        asIs = maps.currentMap(journey).version().id();
    }

    @Test
    void aNewJourneyHasAnEmptyAsIsMapAsVersionOne() {
        var map = maps.currentMap(journey);
        assertThat(map.version().status()).isEqualTo(VersionStatus.AS_IS);
        assertThat(map.version().number()).isEqualTo(1);
        assertThat(map.stages()).isEmpty();
        assertThat(map.journey().persona()).isEqualTo("Young families");
    }

    @Test
    void stagesKeepTheOrderTheyWerePlacedInAndMoveUpDownAndByExplicitOrder() {
        var a = stage(asIs, "Awareness");
        var b = stage(asIs, "Consideration");
        var c = stage(asIs, "Purchase");
        assertThat(stageNames(asIs)).containsExactly("Awareness", "Consideration", "Purchase");

        editor.moveStage(asIs, c, -1);
        assertThat(stageNames(asIs)).containsExactly("Awareness", "Purchase", "Consideration");
        editor.moveStage(asIs, a, +5);
        assertThat(stageNames(asIs)).containsExactly("Purchase", "Consideration", "Awareness");
        editor.moveStage(asIs, c, -1);
        assertThat(stageNames(asIs)).containsExactly("Purchase", "Consideration", "Awareness");

        editor.reorderStages(asIs, List.of(a, b, c));
        assertThat(stageNames(asIs)).containsExactly("Awareness", "Consideration", "Purchase");
        assertThat(maps.map(asIs).stages()).extracting(StageCard::position).containsExactly(0, 1, 2);
        assertThatThrownBy(() -> editor.reorderStages(asIs, List.of(a, b)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("every active stage");

        editor.removeStage(asIs, b);
        assertThat(stageNames(asIs)).containsExactly("Awareness", "Purchase");
        assertThat(maps.map(asIs).stages()).extracting(StageCard::position).containsExactly(0, 1);
    }

    @Test
    void touchpointCardsMoveWithinTheirStageAndToAnotherStage() {
        var purchase = stage(asIs, "Purchase");
        var support = stage(asIs, "Support");
        var web = touchpoint(asIs, purchase, "Web checkout", Channel.WEB);
        var store = touchpoint(asIs, purchase, "Store till", Channel.STORE);
        touchpoint(asIs, support, "Call centre", Channel.PHONE);

        editor.moveTouchpoint(asIs, store, -1);
        assertThat(cardNames(asIs, 0)).containsExactly("Store till", "Web checkout");

        editor.updateTouchpoint(asIs, web, support, input("Web checkout", Channel.WEB, true));
        assertThat(cardNames(asIs, 0)).containsExactly("Store till");
        assertThat(cardNames(asIs, 1)).containsExactly("Call centre", "Web checkout");
        var moved = maps.map(asIs).stages().get(1).touchpoints().get(1);
        assertThat(moved.momentOfTruth()).isTrue();
        assertThat(moved.expectedCsat()).isEqualTo(4);
        assertThat(moved.position()).isEqualTo(1);
    }

    @Test
    void placingANewStageOrTouchpointCreatesItInTheCoreAndAKnownCodeIsReused() {
        var stage = editor.addStage(asIs, new StageInput("onboard-" + s, "Onboarding"));
        editor.addTouchpoint(asIs, stage, new TouchpointInput("welcome-" + s, "Welcome call", Channel.PHONE,
                "Customer care", "A human voice", 5, true, "Long hold"));

        assertThat(coreStages.get("onboard-" + s).name()).isEqualTo("Onboarding");
        var core = coreTouchpoints.get("welcome-" + s);
        assertThat(core.channel()).isEqualTo(Channel.PHONE);
        assertThat(core.stageCode()).isEqualTo("onboard-" + s);

        var other = maps.create(new JourneyDetails("Other " + s, "Seniors", null));
        var otherAsIs = maps.currentMap(other).version().id();
        var otherStage = editor.addStage(otherAsIs, new StageInput("onboard-" + s, "Getting started"));
        editor.addTouchpoint(otherAsIs, otherStage, new TouchpointInput("welcome-" + s, "Welcome", Channel.EMAIL, null, null, null, false, null));
        assertThat(coreStages.get("onboard-" + s).name()).isEqualTo("Onboarding");
        assertThat(coreTouchpoints.get("welcome-" + s).channel()).isEqualTo(Channel.PHONE);
        assertThat(maps.map(otherAsIs).stages().getFirst().touchpoints().getFirst().channel()).isEqualTo(Channel.EMAIL);
    }

    @Test
    void aCodeIsMadeFromTheNameAndAppearsOnlyOnceInAMap() {
        var stage = editor.addStage(asIs, new StageInput(null, "Tienda física " + s));
        assertThat(maps.map(asIs).stages().getFirst().code()).isEqualTo("tienda-fisica-" + s);
        editor.addTouchpoint(asIs, stage, input("Chat " + s, Channel.CHAT, false));
        assertThatThrownBy(() -> editor.addTouchpoint(asIs, stage, input("Chat " + s, Channel.CHAT, false)))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).code()).isEqualTo("journey.touchpoint.duplicate");
    }

    @Test
    void aDraftStartsAsACopyOfTheAsIsAndChangesWithoutTouchingIt() {
        var purchase = stage(asIs, "Purchase");
        touchpoint(asIs, purchase, "Web checkout", Channel.WEB);

        var draft = maps.startDraft(journey, "Self-service first");
        assertThat(maps.version(draft).status()).isEqualTo(VersionStatus.TO_BE);
        assertThat(maps.version(draft).number()).isEqualTo(2);
        var draftStage = maps.map(draft).stages().getFirst().id();
        touchpoint(draft, draftStage, "App checkout", Channel.APP);

        assertThat(cardNames(asIs, 0)).containsExactly("Web checkout");
        assertThat(cardNames(draft, 0)).containsExactly("Web checkout", "App checkout");
    }

    @Test
    void aComparisonShowsAddedRemovedAndMovedTouchpoints() {
        var purchase = stage(asIs, "Purchase");
        var support = stage(asIs, "Support");
        touchpoint(asIs, purchase, "Web checkout", Channel.WEB);
        touchpoint(asIs, purchase, "Store till", Channel.STORE);
        touchpoint(asIs, support, "Call centre", Channel.PHONE);

        var draft = maps.startDraft(journey, null);
        var draftMap = maps.map(draft);
        var draftPurchase = draftMap.stages().get(0);
        var draftSupport = draftMap.stages().get(1);
        editor.removeTouchpoint(draft, card(draftMap, "Store till").id());
        editor.updateTouchpoint(draft, card(draftMap, "Call centre").id(), draftPurchase.id(), input("Call centre", Channel.PHONE, false));
        var chat = touchpoint(draft, draftSupport.id(), "Chat " + s, Channel.CHAT);

        var comparison = maps.compareWithAsIs(draft);
        var chatCode = card(maps.map(draft), "Chat " + s).code();
        assertThat(comparison.added()).containsExactly(chatCode);
        assertThat(comparison.removed()).containsExactly(card(maps.map(asIs), "Store till").code());
        assertThat(comparison.moved()).containsExactly(card(maps.map(asIs), "Call centre").code());
        assertThat(comparison.changeOf(card(maps.map(asIs), "Web checkout").code()).name()).isEqualTo("SAME");
        assertThat(chat).isPositive();
    }

    @Test
    void promotingADraftSupersedesTheAsIsWhichStaysReadableButReadOnly() {
        var purchase = stage(asIs, "Purchase");
        touchpoint(asIs, purchase, "Web checkout", Channel.WEB);
        var draft = maps.startDraft(journey, "To-be 2027");
        var otherDraft = maps.startDraft(journey, "Alternative");
        editor.renameStage(draft, maps.map(draft).stages().getFirst().id(), "Buying");

        maps.promote(draft);

        assertThat(maps.currentMap(journey).version().id()).isEqualTo(draft);
        assertThat(maps.currentMap(journey).version().promotedAt()).isNotNull();
        assertThat(maps.currentMap(journey).stages().getFirst().name()).isEqualTo("Buying");
        var old = maps.map(asIs);
        assertThat(old.version().status()).isEqualTo(VersionStatus.SUPERSEDED);
        assertThat(stageNames(asIs)).containsExactly("Purchase");
        assertThat(cardNames(asIs, 0)).containsExactly("Web checkout");
        assertThat(maps.version(otherDraft).status()).isEqualTo(VersionStatus.TO_BE);
        assertThat(maps.versions(journey)).extracting(v -> v.status())
                .containsExactly(VersionStatus.TO_BE, VersionStatus.AS_IS, VersionStatus.SUPERSEDED);

        assertThatThrownBy(() -> editor.renameStage(asIs, purchase, "Changed history"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("read-only");
        assertThatThrownBy(() -> maps.promote(asIs))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("Only a to-be draft");
        assertThatThrownBy(() -> maps.deleteDraft(draft))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("Only a to-be draft");
        maps.deleteDraft(otherDraft);
        assertThat(maps.versions(journey)).hasSize(2);
    }

    @Test
    void theAsIsMapKeepsATouchpointWithInteractionsWhileADraftMayDropIt() {
        var support = stage(asIs, "Support");
        var call = touchpoint(asIs, support, "Call centre " + s, Channel.PHONE);
        var code = card(maps.map(asIs), "Call centre " + s).code();
        interactionAt(code);
        assertThat(coreTouchpoints.historyCount(code)).isEqualTo(1);

        assertThatThrownBy(() -> editor.removeTouchpoint(asIs, call))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("interactions or survey responses")
                .extracting(e -> ((InvalidInputException) e).code()).isEqualTo("journey.touchpoint.hasHistory");
        assertThatThrownBy(() -> editor.removeStage(asIs, support))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining(code);
        assertThat(cardNames(asIs, 0)).containsExactly("Call centre");

        var draft = maps.startDraft(journey, null);
        editor.removeTouchpoint(draft, card(maps.map(draft), "Call centre " + s).id());
        maps.promote(draft);
        assertThat(maps.currentMap(journey).stages().getFirst().touchpoints()).isEmpty();
        assertThat(cardNames(asIs, 0)).containsExactly("Call centre");
        assertThat(coreTouchpoints.find(code)).isPresent();
    }

    @Test
    void aStageHoldingATouchpointWithSurveyResponsesCannotBeDroppedFromTheAsIs() {
        var support = stage(asIs, "Support");
        touchpoint(asIs, support, "Chat " + s, Channel.CHAT);
        var code = card(maps.map(asIs), "Chat " + s).code();
        surveyResponseAt(code);

        assertThatThrownBy(() -> editor.removeStage(asIs, support))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).code()).isEqualTo("journey.touchpoint.hasHistory");
        assertThat(maps.map(asIs).stages()).hasSize(1);
    }

    @Test
    void aJourneyWithHistoryIsArchivedNotDeletedAndOneWithoutIsDeleted() {
        var support = stage(asIs, "Support");
        touchpoint(asIs, support, "Call " + s, Channel.PHONE);
        interactionAt(card(maps.map(asIs), "Call " + s).code());

        assertThatThrownBy(() -> maps.delete(journey))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("Archive it instead");
        maps.archive(journey, true);
        assertThat(maps.list(true)).extracting(j -> j.id()).contains(journey);
        assertThat(maps.list(false)).extracting(j -> j.id()).doesNotContain(journey);
        assertThat(maps.currentMap(journey).stages()).hasSize(1);

        var empty = maps.create(new JourneyDetails("Empty " + s, "Anyone", null));
        stage(maps.currentMap(empty).version().id(), "Awareness");
        maps.delete(empty);
        assertThat(maps.list(false)).extracting(j -> j.id()).doesNotContain(empty);
    }

    @Test
    void aCardWithHistoryIsArchivedInsteadOfDeletedStaysInOlderVersionsAndComesBackLast() {
        var support = stage(asIs, "Support");
        var fax = touchpoint(asIs, support, "Fax", Channel.PHONE);
        touchpoint(asIs, support, "Chat", Channel.CHAT);
        var code = card(maps.map(asIs), "Fax").code();
        interactionAt(code);
        surveyResponseAt(code);
        var draft = maps.startDraft(journey, "Same as today");
        maps.promote(draft);
        var former = asIs;

        assertThatThrownBy(() -> editor.removeTouchpoint(draft, card(maps.map(draft), "Fax").id()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("Archive it instead");
        var faxNow = card(maps.map(draft), "Fax").id();
        editor.archiveTouchpoint(draft, faxNow);

        assertThat(cardNames(draft, 0)).containsExactly("Chat");
        assertThat(maps.archivedCards(draft).cardsOnActiveStages()).singleElement()
                .satisfies(st -> assertThat(st.touchpoints()).extracting(TouchpointCard::id).containsExactly(faxNow));
        assertThat(cardNames(former, 0)).as("the superseded version still shows it").containsExactly("Fax", "Chat");
        assertThat(coreTouchpoints.historyCount(code)).isEqualTo(2);
        assertThatThrownBy(() -> editor.moveTouchpoint(draft, faxNow, -1))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("archived");
        assertThatThrownBy(() -> editor.addTouchpoint(draft, maps.map(draft).stages().getFirst().id(), input("Fax", Channel.PHONE, false)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("code");

        touchpoint(draft, maps.map(draft).stages().getFirst().id(), "Mail", Channel.EMAIL);
        editor.restoreTouchpoint(draft, faxNow);
        assertThat(cardNames(draft, 0)).containsExactly("Chat", "Mail", "Fax");
        assertThat(maps.archivedCards(draft).isEmpty()).isTrue();
        assertThatThrownBy(() -> editor.restoreTouchpoint(draft, faxNow))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("not archived");
        assertThat(fax).isNotEqualTo(faxNow);
    }

    @Test
    void anArchivedStageLeavesTheMapWithItsCardsIsSkippedByMovesAndIsRestoredAsTheLastColumn() {
        var a = stage(asIs, "Awareness");
        var b = stage(asIs, "Support");
        var c = stage(asIs, "Loyalty");
        touchpoint(asIs, b, "Hotline", Channel.PHONE);
        surveyResponseAt(card(maps.map(asIs), "Hotline").code());
        assertThatThrownBy(() -> editor.removeStage(asIs, b))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("Archive it instead");

        editor.archiveStage(asIs, b);
        assertThat(stageNames(asIs)).containsExactly("Awareness", "Loyalty");
        assertThat(maps.map(asIs).touchpointCount()).isZero();
        assertThat(maps.archivedCards(asIs).stages()).singleElement()
                .satisfies(st -> assertThat(st.touchpoints()).extracting(t -> t.name()).containsExactly("Hotline " + s));
        editor.moveStage(asIs, c, -1);
        assertThat(stageNames(asIs)).containsExactly("Loyalty", "Awareness");
        assertThatThrownBy(() -> editor.reorderStages(asIs, List.of(a, b, c)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("every active stage");
        assertThatThrownBy(() -> editor.addTouchpoint(asIs, b, input("Letter", Channel.EMAIL, false)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("restore it first");
        assertThatThrownBy(() -> editor.moveStage(asIs, b, 1))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("restore it first");

        var draft = maps.startDraft(journey, null);
        assertThat(stageNames(draft)).containsExactly("Loyalty", "Awareness");
        assertThat(maps.archivedCards(draft).stages()).extracting(StageCard::code).containsExactly(maps.archivedCards(asIs).stages().getFirst().code());

        editor.restoreStage(asIs, b);
        assertThat(stageNames(asIs)).containsExactly("Loyalty", "Awareness", "Support");
        assertThat(cardNames(asIs, 2)).containsExactly("Hotline");
        stage(asIs, "Advocacy");
        assertThat(stageNames(asIs)).containsExactly("Loyalty", "Awareness", "Support", "Advocacy");
    }

    @Test
    void aDraggedCardIsPlacedAtAnIndexOnItsOwnOrAnotherStage() {
        var a = stage(asIs, "Visit");
        var b = stage(asIs, "Buy");
        var kiosk = touchpoint(asIs, a, "Kiosk", Channel.STORE);
        touchpoint(asIs, a, "Web", Channel.WEB);
        touchpoint(asIs, b, "Till", Channel.STORE);
        touchpoint(asIs, b, "App", Channel.APP);

        editor.placeTouchpoint(asIs, kiosk, b, 1);
        assertThat(cardNames(asIs, 0)).containsExactly("Web");
        assertThat(cardNames(asIs, 1)).containsExactly("Till", "Kiosk", "App");
        editor.placeTouchpoint(asIs, kiosk, b, 0);
        assertThat(cardNames(asIs, 1)).containsExactly("Kiosk", "Till", "App");
        editor.placeTouchpoint(asIs, kiosk, b, 99);
        assertThat(cardNames(asIs, 1)).containsExactly("Till", "App", "Kiosk");
        editor.placeTouchpoint(asIs, kiosk, a, -3);
        assertThat(cardNames(asIs, 0)).containsExactly("Kiosk", "Web");
        assertThat(maps.map(asIs).stages().get(0).touchpoints()).extracting(TouchpointCard::position).containsExactly(0, 1);
    }

    @Test
    void renamingAJourneyChangesNameAndPersona() {
        maps.update(journey, new JourneyDetails("Car insurance " + s, "Commuters", "Renewal"));
        var renamed = maps.get(journey);
        assertThat(renamed.name()).isEqualTo("Car insurance " + s);
        assertThat(renamed.persona()).isEqualTo("Commuters");
        assertThat(renamed.description()).isEqualTo("Renewal");
    }

    long stage(long version, String name) {
        return editor.addStage(version, new StageInput(null, name + " " + s));
    }

    long touchpoint(long version, long stage, String name, Channel channel) {
        return editor.addTouchpoint(version, stage, input(name, channel, false));
    }

    TouchpointInput input(String name, Channel channel, boolean momentOfTruth) {
        return new TouchpointInput(null, name.contains(s) ? name : name + " " + s, channel, "Digital", "Quick and clear",
                4, momentOfTruth, "Slow page");
    }

    List<String> stageNames(long version) {
        return maps.map(version).stages().stream().map(st -> st.name().replace(" " + s, "")).toList();
    }

    List<String> cardNames(long version, int stageIndex) {
        return maps.map(version).stages().get(stageIndex).touchpoints().stream()
                .map(t -> t.name().replace(" " + s, "")).toList();
    }

    TouchpointCard card(JourneyMap map, String name) {
        var full = name.contains(s) ? name : name + " " + s;
        return map.stages().stream().flatMap(st -> st.touchpoints().stream())
                .filter(t -> t.name().equals(full)).findFirst().orElseThrow();
    }

    void interactionAt(String touchpointCode) {
        var customer = "c-" + UUID.randomUUID();
        customers.save(customer, new CustomerDetails("Ana", null, "es", null, LocalDate.of(2025, 1, 1), null, false, false));
        interactions.record(new InteractionDetails(customer, touchpointCode, Instant.parse("2026-11-01T10:00:00Z"), true, null));
    }

    void surveyResponseAt(String touchpointCode) {
        var customer = "c-" + UUID.randomUUID();
        var customerId = customers.save(customer, new CustomerDetails("Luis", null, "es", null, LocalDate.of(2025, 1, 1), null, false, false)).value().id();
        jdbc.sql("""
                        insert into survey_response (customer_id, touchpoint_id, survey_type, score, responded_at, source, created_at)
                        values (?, ?, 'CSAT', 2, current_timestamp, 'API', current_timestamp)""")
                .params(customerId, coreTouchpoints.get(touchpointCode).id()).update();
    }
}
