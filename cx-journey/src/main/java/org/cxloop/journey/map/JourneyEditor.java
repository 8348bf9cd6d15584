package org.cxloop.journey.map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import org.cxloop.core.InvalidInputException;
import org.cxloop.core.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Edits the stages and touchpoint cards of an as-is map or a to-be draft; superseded versions are read-only.
 * Placing a stage or touchpoint whose code the core does not know yet creates it there, so surveys can attach to it.
 * The as-is map refuses to delete a touchpoint card (or a stage holding one) whose touchpoint has interactions or
 * survey responses: archive it instead, which takes it off the active map but keeps it in the version, readable and
 * restorable; or drop it in a draft and promote the draft, which keeps the old map as a superseded version.
 * Archived cards cannot be moved or edited until they are restored.
 */
@Service
@Validated
@Transactional
public class JourneyEditor {

    private final JourneyRows journeys;
    private final CardRows cards;
    private final CoreRecords core;
    private final Clock clock;

    JourneyEditor(JourneyRows journeys, CardRows cards, CoreRecords core, Clock clock) {
        this.journeys = journeys;
        this.cards = cards;
        this.core = core;
        this.clock = clock;
    }

    /** Adds the stage as the last column of the version and returns the stage card's id. */
    public long addStage(long versionId, @Valid StageInput stage) {
        var version = editable(versionId);
        var code = CodeNames.codeFor(stage.code(), stage.name());
        if (cards.hasStageCode(versionId, code)) {
            throw new InvalidInputException("code", "journey.stage.duplicate", "This map has a stage with the code '" + code + "' already.");
        }
        core.ensureStage(code, stage.name(), cards.stageIds(versionId).size());
        var id = cards.insertStage(versionId, code, stage.name());
        touched(version);
        return id;
    }

    public void renameStage(long versionId, long stageCardId,
            @NotBlank(message = "{stage.name.required}") @Size(max = 100, message = "{stage.name.size}") String name) {
        touched(editable(versionId));
        cards.renameStage(activeStage(versionId, stageCardId), name);
    }

    /** Moves the stage one column left (negative steps) or right (positive), staying within the map. */
    public void moveStage(long versionId, long stageCardId, int steps) {
        touched(editable(versionId));
        cards.setStageOrder(moved(cards.stageIds(versionId), activeStage(versionId, stageCardId), steps));
    }

    /** Puts the stages in this order; the list must name every stage of the version once. */
    public void reorderStages(long versionId, List<Long> stageCardIds) {
        touched(editable(versionId));
        var current = cards.stageIds(versionId);
        if (stageCardIds.size() != current.size() || !new HashSet<>(stageCardIds).equals(new HashSet<>(current))) {
            throw new InvalidInputException("order", "journey.stage.order",
                    "The new order must name every active stage of this map exactly once.");
        }
        cards.setStageOrder(stageCardIds);
    }

    public void removeStage(long versionId, long stageCardId) {
        var version = editable(versionId);
        var stage = stageOf(versionId, stageCardId);
        for (var code : cards.touchpointCodesOfStage(stage)) {
            refuseWhenItHasHistory(version, code);
        }
        cards.deleteStage(versionId, stage);
        touched(version);
    }

    /**
     * Takes the stage and its cards off the active map; the version keeps them, readable and restorable. The other
     * stages close up. Archiving is how a stage whose touchpoints have history leaves the map.
     */
    public void archiveStage(long versionId, long stageCardId) {
        var version = editable(versionId);
        cards.setStageArchived(versionId, activeStage(versionId, stageCardId), true);
        touched(version);
    }

    /** Brings an archived stage back as the last column, with the cards it held that are not archived themselves. */
    public void restoreStage(long versionId, long stageCardId) {
        var version = editable(versionId);
        var stage = stageOf(versionId, stageCardId);
        if (!cards.stageArchived(stage)) {
            throw new InvalidInputException("stage", "journey.stage.notArchived", "This stage is not archived.");
        }
        cards.setStageArchived(versionId, stage, false);
        touched(version);
    }

    /** Places the touchpoint card last on the stage and returns its id. */
    public long addTouchpoint(long versionId, long stageCardId, @Valid TouchpointInput card) {
        var version = editable(versionId);
        var stage = activeStage(versionId, stageCardId);
        var code = CodeNames.codeFor(card.code(), card.name());
        if (cards.hasTouchpointCode(versionId, code)) {
            throw new InvalidInputException("code", "journey.touchpoint.duplicate", "This map has a touchpoint with the code '" + code + "' already.");
        }
        var stageCode = cards.stages(versionId).stream().filter(s -> s.id() == stage).findFirst().orElseThrow().code();
        core.ensureTouchpoint(code, card.name(), card.channel(), stageCode);
        var id = cards.insertTouchpoint(versionId, stage, code, card);
        touched(version);
        return id;
    }

    /** Changes what the card says and, when toStageCardId names another stage, puts it last there. The code stays. */
    public void updateTouchpoint(long versionId, long cardId, long toStageCardId, @Valid TouchpointInput card) {
        var version = editable(versionId);
        var from = activeTouchpointStage(versionId, cardId);
        var to = activeStage(versionId, toStageCardId);
        cards.updateTouchpoint(cardId, card);
        if (from != to) {
            cards.moveTouchpointToStage(cardId, from, to);
        }
        touched(version);
    }

    /** Moves the card up (negative steps) or down (positive) within its stage. */
    public void moveTouchpoint(long versionId, long cardId, int steps) {
        touched(editable(versionId));
        var stage = activeTouchpointStage(versionId, cardId);
        cards.setTouchpointOrder(moved(cards.touchpointIds(stage), cardId, steps));
    }

    /**
     * Puts the card at this index (0 first, clamped to the stage) among the active cards of a stage, which may be
     * another stage than its own: what dragging a card sends.
     */
    public void placeTouchpoint(long versionId, long cardId, long toStageCardId, int index) {
        touched(editable(versionId));
        var from = activeTouchpointStage(versionId, cardId);
        var to = activeStage(versionId, toStageCardId);
        if (from != to) {
            cards.moveTouchpointToStage(cardId, from, to);
        }
        var order = new ArrayList<>(cards.touchpointIds(to));
        order.remove(cardId);
        order.add(Math.max(0, Math.min(order.size(), index)), cardId);
        cards.setTouchpointOrder(order);
    }

    /** Takes the card off the active map; the version keeps it, readable and restorable. */
    public void archiveTouchpoint(long versionId, long cardId) {
        var version = editable(versionId);
        cards.setTouchpointArchived(activeTouchpointStage(versionId, cardId), cardId, true);
        touched(version);
    }

    /** Brings an archived card back, last on its stage (which shows again when the stage is restored). */
    public void restoreTouchpoint(long versionId, long cardId) {
        var version = editable(versionId);
        var stage = touchpointStage(versionId, cardId);
        if (!cards.touchpointArchived(cardId)) {
            throw new InvalidInputException("touchpoint", "journey.touchpoint.notArchived", "This touchpoint card is not archived.");
        }
        cards.setTouchpointArchived(stage, cardId, false);
        touched(version);
    }

    public void removeTouchpoint(long versionId, long cardId) {
        var version = editable(versionId);
        var stage = touchpointStage(versionId, cardId);
        refuseWhenItHasHistory(version, cards.touchpointCode(cardId));
        cards.deleteTouchpoint(stage, cardId);
        touched(version);
    }

    private void refuseWhenItHasHistory(VersionSummary version, String touchpointCode) {
        if (version.status() != VersionStatus.AS_IS) {
            return;
        }
        var history = core.historyCount(touchpointCode);
        if (history > 0) {
            throw new InvalidInputException("touchpoint", "journey.touchpoint.hasHistory", "The touchpoint '" + touchpointCode
                    + "' has " + history + " interactions or survey responses, so it cannot be deleted from the as-is map. "
                    + "Archive it instead: it leaves the map, stays readable in this version and can be restored.");
        }
    }

    private VersionSummary editable(long versionId) {
        var version = journeys.version(versionId);
        if (!version.editable()) {
            throw new InvalidInputException("version", "journey.version.readOnly",
                    "This version was superseded and is kept read-only as history.");
        }
        return version;
    }

    private long stageOf(long versionId, long stageCardId) {
        return cards.versionOfStage(stageCardId).filter(v -> v == versionId).map(v -> stageCardId)
                .orElseThrow(() -> new NotFoundException("This map version has no stage with the id " + stageCardId + "."));
    }

    /** The stage, which must be active: archived stages are restored before anything else happens to them. */
    private long activeStage(long versionId, long stageCardId) {
        var stage = stageOf(versionId, stageCardId);
        if (cards.stageArchived(stage)) {
            throw new InvalidInputException("stage", "journey.stage.archived", "This stage is archived; restore it first.");
        }
        return stage;
    }

    /** The stage of the card; card and stage must be active. */
    private long activeTouchpointStage(long versionId, long cardId) {
        var stage = touchpointStage(versionId, cardId);
        if (cards.touchpointArchived(cardId)) {
            throw new InvalidInputException("touchpoint", "journey.touchpoint.archived",
                    "This touchpoint card is archived; restore it first.");
        }
        return activeStage(versionId, stage);
    }

    private long touchpointStage(long versionId, long cardId) {
        return cards.stageOfTouchpoint(cardId).filter(stage -> cards.versionOfStage(stage).orElseThrow() == versionId)
                .orElseThrow(() -> new NotFoundException("This map version has no touchpoint card with the id " + cardId + "."));
    }

    private void touched(VersionSummary version) {
        journeys.touch(version.journeyId(), clock.instant());
    }

    private static List<Long> moved(List<Long> order, long id, int steps) {
        var result = new ArrayList<>(order);
        var from = result.indexOf(id);
        var to = Math.max(0, Math.min(result.size() - 1, from + steps));
        Collections.rotate(from < to ? result.subList(from, to + 1) : result.subList(to, from + 1), from < to ? -1 : 1);
        return result;
    }
}
