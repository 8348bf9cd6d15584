package org.cxloop.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.cxloop.core.NotFoundException;
import org.cxloop.journey.map.JourneyDetails;
import org.cxloop.journey.map.JourneyDocument;
import org.cxloop.journey.map.JourneyDocuments;
import org.cxloop.journey.map.JourneyEditor;
import org.cxloop.journey.map.JourneyMap;
import org.cxloop.journey.map.JourneyMaps;
import org.cxloop.journey.map.JourneySummary;
import org.cxloop.journey.map.StageCard;
import org.cxloop.journey.map.StageInput;
import org.cxloop.journey.map.TouchpointCard;
import org.cxloop.journey.map.TouchpointInput;
import org.cxloop.journey.map.VersionSummary;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

@RestController
@RequestMapping("/api/v1/journeys")
@Tag(name = "Journey maps", description = "Journeys per persona with their versions (one AS_IS, TO_BE drafts, "
        + "SUPERSEDED history); each version has ordered stages and touchpoint cards. API keys are issued by admins "
        + "and may create and change journeys.")
class JourneyApi {

    private final JourneyMaps maps;
    private final JourneyEditor editor;
    private final JourneyDocuments documents;

    JourneyApi(JourneyMaps maps, JourneyEditor editor, JourneyDocuments documents) {
        this.maps = maps;
        this.editor = editor;
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

    @PostMapping("/{id}/versions/{version}/stages")
    @Operation(summary = "Add a stage as the last column of an as-is map or a to-be draft",
            description = "code names the core stage (made from the name when empty); an unknown code creates it.")
    ResponseEntity<StageCard> addStage(@PathVariable long id, @PathVariable long version, @RequestBody StageInput stage) {
        mapOf(id, version);
        var stageId = editor.addStage(version, stage);
        var created = maps.map(version).stages().stream().filter(s -> s.id() == stageId).findFirst().orElseThrow();
        return ResponseEntity.status(201).body(created);
    }

    @PostMapping("/{id}/versions/{version}/stages/{stage}/touchpoints")
    @Operation(summary = "Place a touchpoint card last on a stage",
            description = "code names the core touchpoint (made from the name when empty); an unknown code creates it "
                    + "on this stage, so surveys can refer to it. expectedCsat is 1 to 5.")
    ResponseEntity<TouchpointCard> addTouchpoint(@PathVariable long id, @PathVariable long version,
            @PathVariable long stage, @RequestBody TouchpointInput touchpoint) {
        mapOf(id, version);
        var cardId = editor.addTouchpoint(version, stage, touchpoint);
        var created = maps.map(version).stages().stream().flatMap(s -> s.touchpoints().stream())
                .filter(t -> t.id() == cardId).findFirst().orElseThrow();
        return ResponseEntity.status(201).body(created);
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
}
