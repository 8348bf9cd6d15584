package org.cxloop.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.cxloop.core.NotFoundException;
import org.cxloop.journey.map.JourneyEditor;
import org.cxloop.journey.map.JourneyMap;
import org.cxloop.journey.map.JourneyMaps;
import org.cxloop.journey.map.StageCard;
import org.cxloop.journey.map.StageInput;
import org.cxloop.journey.map.TouchpointCard;
import org.cxloop.journey.map.TouchpointInput;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The map editor as JSON: what an admin does to the stages and touchpoint cards of an as-is map or a to-be draft.
 * Changes answer the version's active map, so a client sees the order it produced.
 */
@RestController
@RequestMapping("/api/v1/journeys/{id}/versions/{version}")
@Tag(name = "Journey maps")
class JourneyMapApi {

    private final JourneyMaps maps;
    private final JourneyEditor editor;

    JourneyMapApi(JourneyMaps maps, JourneyEditor editor) {
        this.maps = maps;
        this.editor = editor;
    }

    @PostMapping("/stages")
    @Operation(summary = "Add a stage as the last column of an as-is map or a to-be draft",
            description = "code names the core stage (made from the name when empty); an unknown code creates it.")
    ResponseEntity<StageCard> addStage(@PathVariable long id, @PathVariable long version, @RequestBody StageInput stage) {
        mapOf(id, version);
        var stageId = editor.addStage(version, stage);
        return ResponseEntity.status(201).body(stage(version, stageId));
    }

    @PutMapping("/stages/{stage}")
    @Operation(summary = "Rename a stage", description = "Body: {\"name\": \"…\"}, at most 100 characters.")
    StageCard renameStage(@PathVariable long id, @PathVariable long version, @PathVariable long stage,
            @RequestBody StageName name) {
        mapOf(id, version);
        editor.renameStage(version, stage, name.name());
        return stage(version, stage);
    }

    @PutMapping("/stages/order")
    @Operation(summary = "Put the stages in a new order",
            description = "order lists the id of every active stage of the version exactly once, first column first.")
    JourneyMap reorderStages(@PathVariable long id, @PathVariable long version, @Valid @RequestBody StageOrder order) {
        mapOf(id, version);
        editor.reorderStages(version, order.order());
        return maps.map(version);
    }

    @PostMapping("/stages/{stage}/archive")
    @Operation(summary = "Archive a stage",
            description = "The stage and its cards leave the active map but stay in the version, readable and restorable; "
                    + "their interactions and survey responses stay too.")
    JourneyMap archiveStage(@PathVariable long id, @PathVariable long version, @PathVariable long stage) {
        mapOf(id, version);
        editor.archiveStage(version, stage);
        return maps.map(version);
    }

    @PostMapping("/stages/{stage}/restore")
    @Operation(summary = "Restore an archived stage as the last column")
    JourneyMap restoreStage(@PathVariable long id, @PathVariable long version, @PathVariable long stage) {
        mapOf(id, version);
        editor.restoreStage(version, stage);
        return maps.map(version);
    }

    @DeleteMapping("/stages/{stage}")
    @Operation(summary = "Delete a stage with its cards",
            description = "409 on the as-is map when a touchpoint on it has interactions or survey responses: archive it instead.")
    ResponseEntity<Void> removeStage(@PathVariable long id, @PathVariable long version, @PathVariable long stage) {
        mapOf(id, version);
        editor.removeStage(version, stage);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/stages/{stage}/touchpoints")
    @Operation(summary = "Place a touchpoint card last on a stage",
            description = "code names the core touchpoint (made from the name when empty); an unknown code creates it "
                    + "on this stage, so surveys can refer to it. expectedCsat is 1 to 5.")
    ResponseEntity<TouchpointCard> addTouchpoint(@PathVariable long id, @PathVariable long version,
            @PathVariable long stage, @RequestBody TouchpointInput touchpoint) {
        mapOf(id, version);
        var cardId = editor.addTouchpoint(version, stage, touchpoint);
        return ResponseEntity.status(201).body(card(version, cardId));
    }

    @PutMapping("/touchpoints/{card}")
    @Operation(summary = "Change what a touchpoint card says",
            description = "The code stays; name, channel, ownerTeam, expectation, expectedCsat (1 to 5), momentOfTruth and "
                    + "painPoints are replaced. Move a card with …/place.")
    TouchpointCard updateTouchpoint(@PathVariable long id, @PathVariable long version, @PathVariable long card,
            @RequestBody TouchpointInput touchpoint) {
        var map = mapOf(id, version);
        var stage = map.stages().stream().filter(s -> s.touchpoints().stream().anyMatch(t -> t.id() == card))
                .findFirst().orElseThrow(() -> new NotFoundException("This map version has no active touchpoint card " + card + "."));
        editor.updateTouchpoint(version, card, stage.id(), touchpoint);
        return card(version, card);
    }

    @PostMapping("/touchpoints/{card}/place")
    @Operation(summary = "Move a touchpoint card to a stage and a place",
            description = "stage is the id of an active stage of the version (its own or another); index counts from 0 "
                    + "among that stage's cards and is clamped to the stage.")
    JourneyMap placeTouchpoint(@PathVariable long id, @PathVariable long version, @PathVariable long card,
            @Valid @RequestBody CardPlace place) {
        mapOf(id, version);
        editor.placeTouchpoint(version, card, place.stage(), place.index());
        return maps.map(version);
    }

    @PostMapping("/touchpoints/{card}/archive")
    @Operation(summary = "Archive a touchpoint card",
            description = "It leaves the active map but stays in the version, readable and restorable; its interactions "
                    + "and survey responses stay too.")
    JourneyMap archiveTouchpoint(@PathVariable long id, @PathVariable long version, @PathVariable long card) {
        mapOf(id, version);
        editor.archiveTouchpoint(version, card);
        return maps.map(version);
    }

    @PostMapping("/touchpoints/{card}/restore")
    @Operation(summary = "Restore an archived touchpoint card, last on its stage")
    JourneyMap restoreTouchpoint(@PathVariable long id, @PathVariable long version, @PathVariable long card) {
        mapOf(id, version);
        editor.restoreTouchpoint(version, card);
        return maps.map(version);
    }

    @DeleteMapping("/touchpoints/{card}")
    @Operation(summary = "Delete a touchpoint card",
            description = "409 on the as-is map when its touchpoint has interactions or survey responses: archive it instead.")
    ResponseEntity<Void> removeTouchpoint(@PathVariable long id, @PathVariable long version, @PathVariable long card) {
        mapOf(id, version);
        editor.removeTouchpoint(version, card);
        return ResponseEntity.noContent().build();
    }

    private JourneyMap mapOf(long id, long version) {
        var map = maps.map(version);
        if (map.journey().id() != id) {
            throw new NotFoundException("Journey " + id + " has no version " + version + ".");
        }
        return map;
    }

    private StageCard stage(long version, long stageId) {
        return maps.map(version).stages().stream().filter(s -> s.id() == stageId).findFirst().orElseThrow();
    }

    private TouchpointCard card(long version, long cardId) {
        return maps.map(version).stages().stream().flatMap(s -> s.touchpoints().stream())
                .filter(t -> t.id() == cardId).findFirst().orElseThrow();
    }

    /** A stage's new name. */
    record StageName(String name) {
    }

    /** Every active stage id of a version, in the new order. */
    record StageOrder(@NotNull(message = "{journey.stage.order}") List<@NotNull(message = "{journey.stage.order}") Long> order) {
    }

    /** Where a card goes: an active stage of the version, and its index among that stage's cards. */
    record CardPlace(@NotNull(message = "{journey.card.stage.required}") Long stage,
            @NotNull(message = "{journey.card.index.required}") Integer index) {
    }
}
