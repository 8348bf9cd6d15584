package org.cxloop.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.TreeSet;
import org.cxloop.core.NotFoundException;
import org.cxloop.journey.map.ArchivedCards;
import org.cxloop.journey.map.JourneyDetails;
import org.cxloop.journey.map.JourneyDocument;
import org.cxloop.journey.map.JourneyDocuments;
import org.cxloop.journey.map.JourneyMap;
import org.cxloop.journey.map.JourneyMaps;
import org.cxloop.journey.map.JourneySummary;
import org.cxloop.journey.map.VersionSummary;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Journeys, their versions (drafts, comparison, promotion) and JSON documents; {@link JourneyMapApi} edits a version. */
@RestController
@RequestMapping("/api/v1/journeys")
@Tag(name = "Journey maps", description = "Journeys per persona with their versions (one AS_IS, TO_BE drafts, "
        + "SUPERSEDED history); each version has ordered stages and touchpoint cards. API keys are issued by admins "
        + "and may create and change journeys.")
class JourneyApi {

    private final JourneyMaps maps;
    private final JourneyDocuments documents;

    JourneyApi(JourneyMaps maps, JourneyDocuments documents) {
        this.maps = maps;
        this.documents = documents;
    }

    @GetMapping
    @Operation(summary = "List journeys by name", description = "Active journeys, or archived ones with archived=true.")
    List<JourneySummary> list(@RequestParam(defaultValue = "false") boolean archived) {
        return maps.list(archived);
    }

    @GetMapping("/{id}")
    @Operation(summary = "Read a journey with its as-is map and the list of its versions")
    JourneyResource get(@PathVariable long id) {
        return new JourneyResource(maps.currentMap(id), maps.versions(id));
    }

    @PostMapping
    @Operation(summary = "Create a journey", description = "The new journey has an empty as-is map as version 1.")
    ResponseEntity<JourneyResource> create(@RequestBody JourneyDetails details) {
        var id = maps.create(details);
        var location = ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").build(id);
        return ResponseEntity.created(location).body(get(id));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Rename a journey or change its persona and description")
    JourneyResource update(@PathVariable long id, @RequestBody JourneyDetails details) {
        maps.update(id, details);
        return get(id);
    }

    @GetMapping("/{id}/versions/{version}")
    @Operation(summary = "Read one version of a journey map: stages in order with their touchpoint cards")
    JourneyMap version(@PathVariable long id, @PathVariable long version) {
        return mapOf(id, version);
    }

    @GetMapping("/{id}/versions/{version}/archived")
    @Operation(summary = "Read what a version keeps off its active map",
            description = "Archived stages with every card they hold, and the cards archived on active stages.")
    ArchivedCards archived(@PathVariable long id, @PathVariable long version) {
        mapOf(id, version);
        return maps.archivedCards(version);
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Delete a journey with all its versions",
            description = "409 when a touchpoint on any version has interactions or survey responses: archive the journey instead.")
    ResponseEntity<Void> delete(@PathVariable long id) {
        maps.delete(id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/archive")
    @Operation(summary = "Archive a journey", description = "It leaves the list of maps and stays readable.")
    JourneyResource archive(@PathVariable long id) {
        maps.archive(id, true);
        return get(id);
    }

    @PostMapping("/{id}/restore")
    @Operation(summary = "Restore an archived journey to the list of maps")
    JourneyResource restore(@PathVariable long id) {
        maps.archive(id, false);
        return get(id);
    }

    @PostMapping("/{id}/drafts")
    @Operation(summary = "Start a to-be draft as a copy of the as-is map",
            description = "label (optional, at most 150 characters) names the draft. Answers the draft's map.")
    ResponseEntity<JourneyMap> startDraft(@PathVariable long id, @RequestBody(required = false) DraftLabel draft) {
        var versionId = maps.startDraft(id, draft == null ? null : draft.label());
        var location = ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/api/v1/journeys/{id}/versions/{version}").build(id, versionId);
        return ResponseEntity.created(location).body(maps.map(versionId));
    }

    @GetMapping("/{id}/versions/{version}/comparison")
    @Operation(summary = "Compare a version with the as-is map",
            description = "Touchpoint codes the version adds, removes, and moves to a stage with another code.")
    Comparison compare(@PathVariable long id, @PathVariable long version) {
        mapOf(id, version);
        var comparison = maps.compareWithAsIs(version);
        return new Comparison(comparison.asIs().version(), comparison.other().version(), List.copyOf(new TreeSet<>(comparison.added())),
                List.copyOf(new TreeSet<>(comparison.removed())), List.copyOf(new TreeSet<>(comparison.moved())), comparison.identical());
    }

    @PostMapping("/{id}/versions/{version}/promote")
    @Operation(summary = "Promote a to-be draft to as-is",
            description = "The former as-is becomes a SUPERSEDED version that stays readable. 400 (field version) for a version that is not a draft.")
    JourneyResource promote(@PathVariable long id, @PathVariable long version) {
        mapOf(id, version);
        maps.promote(version);
        return get(id);
    }

    @DeleteMapping("/{id}/versions/{version}")
    @Operation(summary = "Delete a to-be draft", description = "As-is and superseded versions are never deleted on their own.")
    ResponseEntity<Void> deleteDraft(@PathVariable long id, @PathVariable long version) {
        mapOf(id, version);
        maps.deleteDraft(version);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{id}/document")
    @Operation(summary = "Export a journey with every version as a JSON document",
            description = "Importing the document and exporting the new journey gives the same document.")
    JourneyDocument export(@PathVariable long id) {
        return documents.export(id);
    }

    @PostMapping("/documents")
    @Operation(summary = "Import a journey document as a new journey",
            description = "Needs format cx-loop/journey-map@1 and exactly one AS_IS version.")
    ResponseEntity<JourneyResource> importDocument(@RequestBody JourneyDocument document) {
        var id = documents.importDocument(document);
        var location = ServletUriComponentsBuilder.fromCurrentContextPath().path("/api/v1/journeys/{id}").build(id);
        return ResponseEntity.created(location).body(get(id));
    }

    private JourneyMap mapOf(long id, long version) {
        var map = maps.map(version);
        if (map.journey().id() != id) {
            throw new NotFoundException("Journey " + id + " has no version " + version + ".");
        }
        return map;
    }

    /** A journey's as-is map and all its versions, newest first. */
    record JourneyResource(JourneyMap asIs, List<VersionSummary> versions) {
    }

    /** The label of a new draft. */
    record DraftLabel(String label) {
    }

    /** A version next to the as-is: touchpoint codes added, removed and moved to another stage, sorted. */
    record Comparison(VersionSummary asIs, VersionSummary version, List<String> added, List<String> removed,
            List<String> moved, boolean identical) {
    }
}
