package org.cxloop.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.cxloop.core.stage.JourneyStages;
import org.cxloop.core.stage.StageDetails;
import org.cxloop.core.stage.StageView;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

@RestController
@RequestMapping("/api/v1/stages")
@Tag(name = "Journey stages", description = "The ordered phases of the customer journey.")
class StageApi {

    private final JourneyStages stages;

    StageApi(JourneyStages stages) {
        this.stages = stages;
    }

    @GetMapping
    @Operation(summary = "List stages in journey order")
    List<StageView> list() {
        return stages.list();
    }

    @GetMapping("/{code}")
    @Operation(summary = "Read a stage")
    StageView get(@PathVariable String code) {
        return stages.get(code);
    }

    @PostMapping
    @Operation(summary = "Create a stage", description = "409 when a stage with this code exists.")
    ResponseEntity<StageView> create(@RequestBody NewStage stage) {
        if (stage.code() != null && stages.find(stage.code()).isPresent()) {
            throw new CodeTakenException("A journey stage with the code '" + stage.code() + "' exists already.");
        }
        stages.save(stage.code(), new StageDetails(stage.name(), stage.position()));
        var location = ServletUriComponentsBuilder.fromCurrentRequest().path("/{code}").build(stage.code());
        return ResponseEntity.created(location).body(stages.get(stage.code()));
    }

    @PutMapping("/{code}")
    @Operation(summary = "Create or update a stage by code", description = "201 when new, 200 when updated.")
    ResponseEntity<StageView> save(@PathVariable String code, @RequestBody StageDetails details) {
        var created = stages.save(code, details);
        return ResponseEntity.status(created ? 201 : 200).body(stages.get(code));
    }

    /** A stage to create, with its code. */
    record NewStage(String code, String name, Integer position) {
    }
}
