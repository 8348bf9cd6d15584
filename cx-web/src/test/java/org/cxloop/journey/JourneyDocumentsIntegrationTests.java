package org.cxloop.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.ConstraintViolationException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.cxloop.core.Channel;
import org.cxloop.core.InvalidInputException;
import org.cxloop.core.touchpoint.Touchpoints;
import org.cxloop.journey.map.JourneyDetails;
import org.cxloop.journey.map.JourneyDocument;
import org.cxloop.journey.map.JourneyDocuments;
import org.cxloop.journey.map.JourneyEditor;
import org.cxloop.journey.map.JourneyMaps;
import org.cxloop.journey.map.StageInput;
import org.cxloop.journey.map.TouchpointInput;
import org.cxloop.journey.map.VersionStatus;
import org.cxloop.testsupport.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A journey exported as a document and imported again is the same journey, version for version. */
@PostgresIntegrationTest
class JourneyDocumentsIntegrationTests {

    @Autowired JourneyMaps maps;
    @Autowired JourneyEditor editor;
    @Autowired JourneyDocuments documents;
    @Autowired Touchpoints touchpoints;

    @Test
    void anExportedJourneyImportsAsANewJourneyThatExportsToTheSameDocument() {
        var s = UUID.randomUUID().toString().substring(0, 8);
        var journey = maps.create(new JourneyDetails("Mortgage " + s, "First-time buyers", "Application to keys"));
        var v1 = maps.currentMap(journey).version().id();
        var consider = editor.addStage(v1, new StageInput("consider-" + s, "Consideration"));
        var purchase = editor.addStage(v1, new StageInput("buy-" + s, "Purchase"));
        editor.addTouchpoint(v1, consider, new TouchpointInput("calc-" + s, "Rate calculator", Channel.WEB, "Digital",
                "A rate in two minutes", 4, false, "Asks for too much"));
        editor.addTouchpoint(v1, purchase, new TouchpointInput("advisor-" + s, "Advisor call", Channel.PHONE, null, null,
                null, true, null));
        var v2 = maps.startDraft(journey, "Digital first");
        editor.removeTouchpoint(v2, maps.map(v2).stages().get(1).touchpoints().getFirst().id());
        maps.promote(v2);
        var v3 = maps.startDraft(journey, "Idea");
        editor.addTouchpoint(v3, maps.map(v3).stages().getFirst().id(), new TouchpointInput("app-" + s, "App", Channel.APP,
                "Mobile", "Push when approved", 5, true, "None yet"));
        var v3Stages = maps.map(v3).stages();
        var legacy = editor.addStage(v3, new StageInput("legacy-" + s, "Legacy branch visit"));
        editor.addStage(v3, new StageInput("keys-" + s, "Keys"));
        editor.archiveStage(v3, legacy);
        editor.archiveTouchpoint(v3, v3Stages.getFirst().touchpoints().getFirst().id());
        maps.archive(journey, true);

        var exported = documents.export(journey);
        var idea = exported.versions().get(2);
        assertThat(idea.stages()).extracting(JourneyDocument.Stage::code)
                .containsExactly("consider-" + s, "buy-" + s, "legacy-" + s, "keys-" + s);
        assertThat(idea.stages()).extracting(JourneyDocument.Stage::archived).containsExactly(false, false, true, false);
        assertThat(idea.stages().getFirst().touchpoints()).extracting(JourneyDocument.Touchpoint::archived).containsExactly(true, false);
        assertThat(exported.format()).isEqualTo(JourneyDocument.FORMAT);
        assertThat(exported.versions()).extracting(JourneyDocument.Version::status)
                .containsExactly(VersionStatus.SUPERSEDED, VersionStatus.AS_IS, VersionStatus.TO_BE);

        var imported = documents.importDocument(exported);

        assertThat(imported).isNotEqualTo(journey);
        assertThat(documents.export(imported)).isEqualTo(exported);
        assertThat(maps.currentMap(imported).stages()).hasSize(2);
        var importedIdea = maps.versions(imported).getFirst().id();
        assertThat(maps.map(importedIdea).stages()).extracting(st -> st.name()).containsExactly("Consideration", "Purchase", "Keys");
        assertThat(maps.map(importedIdea).stages().getFirst().touchpoints()).extracting(t -> t.name()).containsExactly("App");
        assertThat(maps.archivedCards(importedIdea).stages()).extracting(st -> st.name()).containsExactly("Legacy branch visit");
    }

    @Test
    void importingCreatesUnknownCoreTouchpointsSoSurveysCanAttach() {
        var s = UUID.randomUUID().toString().substring(0, 8);
        var document = document(s, List.of(version(1, VersionStatus.AS_IS, "kiosk-" + s)));

        documents.importDocument(document);

        assertThat(touchpoints.get("kiosk-" + s).stageCode()).isEqualTo("visit-" + s);
    }

    @Test
    void refusesADocumentWithoutExactlyOneAsIsVersion() {
        var s = UUID.randomUUID().toString().substring(0, 8);
        var twoAsIs = document(s, List.of(version(1, VersionStatus.AS_IS, "a-" + s), version(2, VersionStatus.AS_IS, "b-" + s)));
        assertThatThrownBy(() -> documents.importDocument(twoAsIs))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("exactly one version");
        var noAsIs = document(s, List.of(version(1, VersionStatus.TO_BE, "a-" + s)));
        assertThatThrownBy(() -> documents.importDocument(noAsIs))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("exactly one version");
        assertThat(maps.list(false)).noneMatch(j -> j.name().equals("Imported " + s));
    }

    @Test
    void refusesADocumentOfAnotherFormatOrWithABadScore() {
        var s = UUID.randomUUID().toString().substring(0, 8);
        var good = document(s, List.of(version(1, VersionStatus.AS_IS, "a-" + s)));
        var otherFormat = new JourneyDocument("something/else", good.name(), good.persona(), null, false, good.versions());
        assertThatThrownBy(() -> documents.importDocument(otherFormat)).isInstanceOf(ConstraintViolationException.class);

        var touchpoint = new JourneyDocument.Touchpoint("b-" + s, "Bad", Channel.WEB, null, null, 6, false, null, false);
        var stage = new JourneyDocument.Stage("visit-" + s, "Visit", List.of(touchpoint), false);
        var badScore = new JourneyDocument(JourneyDocument.FORMAT, good.name(), good.persona(), null, false,
                List.of(new JourneyDocument.Version(1, null, VersionStatus.AS_IS, java.time.Instant.now(), null, List.of(stage))));
        assertThatThrownBy(() -> documents.importDocument(badScore)).isInstanceOf(ConstraintViolationException.class)
                .hasMessageContaining("expectedCsat");
    }

    static JourneyDocument document(String s, List<JourneyDocument.Version> versions) {
        return new JourneyDocument(JourneyDocument.FORMAT, "Imported " + s, "Walk-in customers", null, false, new ArrayList<>(versions));
    }

    static JourneyDocument.Version version(int number, VersionStatus status, String touchpointCode) {
        var touchpoint = new JourneyDocument.Touchpoint(touchpointCode, "Kiosk", Channel.STORE, "Retail", "No queue", 4, true, "Paper jams", false);
        var s = touchpointCode.substring(touchpointCode.indexOf('-') + 1);
        return new JourneyDocument.Version(number, null, status, java.time.Instant.parse("2026-01-01T00:00:00Z"),
                status == VersionStatus.AS_IS ? java.time.Instant.parse("2026-01-02T00:00:00Z") : null,
                List.of(new JourneyDocument.Stage("visit-" + s, "Visit", List.of(touchpoint), false)));
    }
}
