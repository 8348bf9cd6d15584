package org.cxloop.journey.map;

import jakarta.validation.Valid;
import java.time.Clock;
import java.util.Comparator;
import java.util.HashSet;
import org.cxloop.core.Codes;
import org.cxloop.core.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/** Export of a journey with all its versions as a {@link JourneyDocument}, and import of one as a new journey. */
@Service
@Validated
@Transactional(readOnly = true)
public class JourneyDocuments {

    private final JourneyRows journeys;
    private final CardRows cards;
    private final CoreRecords core;
    private final Clock clock;

    JourneyDocuments(JourneyRows journeys, CardRows cards, CoreRecords core, Clock clock) {
        this.journeys = journeys;
        this.cards = cards;
        this.core = core;
        this.clock = clock;
    }

    public JourneyDocument export(long journeyId) {
        var journey = journeys.journey(journeyId);
        var versions = journeys.versions(journeyId).stream()
                .sorted(Comparator.comparingInt(VersionSummary::number))
                .map(v -> new JourneyDocument.Version(v.number(), v.label(), v.status(), v.createdAt(), v.promotedAt(),
                        cards.allStages(v.id()).stream().map(JourneyDocuments::stage).toList()))
                .toList();
        return new JourneyDocument(JourneyDocument.FORMAT, journey.name(), journey.persona(), journey.description(),
                journey.archived(), versions);
    }

    /**
     * Creates a new journey from the document and returns its id. Stages and touchpoints the core does not know yet
     * are created there; known ones are reused as they are.
     */
    @Transactional
    public long importDocument(@Valid JourneyDocument document) {
        check(document);
        var journeyId = journeys.insertJourney(
                new JourneyDetails(document.name(), document.persona(), document.description()), document.archived(), clock.instant());
        for (var version : document.versions()) {
            var versionId = journeys.insertVersion(journeyId, version.number(), version.label(), version.status(),
                    version.createdAt(), version.promotedAt());
            for (var s = 0; s < version.stages().size(); s++) {
                var stage = version.stages().get(s);
                core.ensureStage(stage.code(), stage.name(), s);
                var stageCardId = cards.insertStage(versionId, stage.code(), stage.name(), s, stage.archived());
                for (var i = 0; i < stage.touchpoints().size(); i++) {
                    var t = stage.touchpoints().get(i);
                    core.ensureTouchpoint(t.code(), t.name(), t.channel(), stage.code());
                    cards.insertTouchpoint(versionId, stageCardId, t.code(), new TouchpointInput(t.code(), t.name(),
                            t.channel(), t.ownerTeam(), t.expectation(), t.expectedCsat(), t.momentOfTruth(), t.painPoints()),
                            i, t.archived());
                }
            }
        }
        return journeyId;
    }

    private static void check(JourneyDocument document) {
        var asIs = document.versions().stream().filter(v -> v.status() == VersionStatus.AS_IS).count();
        if (asIs != 1) {
            throw new InvalidInputException("versions", "journey.document.oneAsIs",
                    "A journey document needs exactly one version with the status AS_IS; this one has " + asIs + ".");
        }
        var numbers = new HashSet<Integer>();
        for (var version : document.versions()) {
            if (!numbers.add(version.number())) {
                throw new InvalidInputException("number", "journey.document.numberTwice",
                        "Two versions have the number " + version.number() + ".");
            }
            var stageCodes = new HashSet<String>();
            var touchpointCodes = new HashSet<String>();
            for (var stage : version.stages()) {
                if (!stageCodes.add(Codes.check("code", stage.code()))) {
                    throw new InvalidInputException("code", "journey.stage.duplicate",
                            "Version " + version.number() + " has the stage code '" + stage.code() + "' twice.");
                }
                for (var touchpoint : stage.touchpoints()) {
                    if (!touchpointCodes.add(Codes.check("code", touchpoint.code()))) {
                        throw new InvalidInputException("code", "journey.touchpoint.duplicate",
                                "Version " + version.number() + " has the touchpoint code '" + touchpoint.code() + "' twice.");
                    }
                }
            }
        }
    }

    private static JourneyDocument.Stage stage(StageCard stage) {
        return new JourneyDocument.Stage(stage.code(), stage.name(), stage.touchpoints().stream()
                .map(t -> new JourneyDocument.Touchpoint(t.code(), t.name(), t.channel(), t.ownerTeam(), t.expectation(),
                        t.expectedCsat(), t.momentOfTruth(), t.painPoints(), t.archived()))
                .toList(), stage.archived());
    }
}
