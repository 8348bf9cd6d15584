package org.cxloop.journey.map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.util.List;
import java.util.TreeSet;
import org.cxloop.core.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Journeys and their versions: create, rename, archive and delete journeys; start to-be drafts from the as-is,
 * compare them with it and promote one to as-is, which keeps the former as-is readable as a superseded version.
 */
@Service
@Validated
@Transactional(readOnly = true)
public class JourneyMaps {

    private final JourneyRows journeys;
    private final CardRows cards;
    private final CoreRecords core;
    private final Clock clock;

    JourneyMaps(JourneyRows journeys, CardRows cards, CoreRecords core, Clock clock) {
        this.journeys = journeys;
        this.cards = cards;
        this.core = core;
        this.clock = clock;
    }

    /** Creates the journey with an empty as-is map (version 1) and returns its id. */
    @Transactional
    public long create(@Valid JourneyDetails details) {
        var now = clock.instant();
        var id = journeys.insertJourney(details, false, now);
        journeys.insertVersion(id, null, VersionStatus.AS_IS, now, now);
        return id;
    }

    @Transactional
    public void update(long journeyId, @Valid JourneyDetails details) {
        journeys.lockJourney(journeyId);
        journeys.updateJourney(journeyId, details, clock.instant());
    }

    /** Archived journeys leave the list of maps but stay readable; archiving is undone the same way. */
    @Transactional
    public void archive(long journeyId, boolean archived) {
        journeys.lockJourney(journeyId);
        journeys.archive(journeyId, archived, clock.instant());
    }

    /**
     * Deletes the journey with all its versions, unless any version places a touchpoint that carries interactions or
     * survey responses: that map is how people read the history, so it is archived instead.
     */
    @Transactional
    public void delete(long journeyId) {
        journeys.lockJourney(journeyId);
        var codes = new TreeSet<String>();
        journeys.versions(journeyId).forEach(v -> codes.addAll(cards.touchpointCodes(v.id())));
        for (var code : codes) {
            if (core.historyCount(code) > 0) {
                throw new InvalidInputException("journey", "journey.delete.hasHistory", "The touchpoint '" + code
                        + "' on this journey has interactions or survey responses, so the journey cannot be deleted. Archive it instead.");
            }
        }
        journeys.deleteJourney(journeyId);
    }

    public JourneySummary get(long journeyId) {
        return journeys.journey(journeyId);
    }

    /** Active (or archived) journeys by name. */
    public List<JourneySummary> list(boolean archived) {
        return journeys.journeys(archived);
    }

    /** The versions of the journey, newest first. */
    public List<VersionSummary> versions(long journeyId) {
        journeys.journey(journeyId);
        return journeys.versions(journeyId);
    }

    public VersionSummary version(long versionId) {
        return journeys.version(versionId);
    }

    /** The journey as customers live it today. */
    public JourneyMap currentMap(long journeyId) {
        return map(journeys.asIs(journeyId).id());
    }

    /** The version's active map: stages and cards that are not archived. */
    public JourneyMap map(long versionId) {
        var version = journeys.version(versionId);
        return new JourneyMap(journeys.journey(version.journeyId()), version, cards.stages(versionId));
    }

    /** The stages and cards the version keeps off its active map. */
    public ArchivedCards archivedCards(long versionId) {
        journeys.version(versionId);
        return ArchivedCards.of(cards.allStages(versionId));
    }

    /** Starts a to-be draft as a copy of the current as-is, archived cards included, and returns the draft's version id. */
    @Transactional
    public long startDraft(long journeyId, @Size(max = 150, message = "{journey.version.label.size}") String label) {
        journeys.lockJourney(journeyId);
        var now = clock.instant();
        var asIs = journeys.asIs(journeyId);
        var draft = journeys.insertVersion(journeyId, label, VersionStatus.TO_BE, now, null);
        for (var stage : cards.allStages(asIs.id())) {
            var stageCard = cards.insertStage(draft, stage.code(), stage.name(), stage.position(), stage.archived());
            for (var card : stage.touchpoints()) {
                cards.insertTouchpoint(draft, stageCard, card.code(), card.input(), card.position(), card.archived());
            }
        }
        journeys.touch(journeyId, now);
        return draft;
    }

    /** Makes the draft the as-is; the former as-is becomes a superseded version that stays readable. */
    @Transactional
    public void promote(long versionId) {
        var draft = draft(versionId);
        journeys.lockJourney(draft.journeyId());
        var now = clock.instant();
        journeys.setStatus(journeys.asIs(draft.journeyId()).id(), VersionStatus.SUPERSEDED, null);
        journeys.setStatus(draft.id(), VersionStatus.AS_IS, now);
        journeys.touch(draft.journeyId(), now);
    }

    /** Drops a to-be draft; as-is and superseded versions are never deleted on their own. */
    @Transactional
    public void deleteDraft(long versionId) {
        var draft = draft(versionId);
        journeys.lockJourney(draft.journeyId());
        journeys.deleteVersion(draft.id());
        journeys.touch(draft.journeyId(), clock.instant());
    }

    /** This version next to the journey's as-is: which touchpoints it adds, removes and moves to another stage. */
    public VersionComparison compareWithAsIs(long versionId) {
        var other = map(versionId);
        return VersionComparison.of(currentMap(other.version().journeyId()), other);
    }

    private VersionSummary draft(long versionId) {
        var version = journeys.version(versionId);
        if (version.status() != VersionStatus.TO_BE) {
            throw new InvalidInputException("version", "journey.version.notDraft",
                    "Only a to-be draft can be promoted or deleted; this version is " + version.status() + ".");
        }
        return version;
    }
}
