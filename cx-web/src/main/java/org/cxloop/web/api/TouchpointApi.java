package org.cxloop.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.cxloop.core.Channel;
import org.cxloop.core.touchpoint.TouchpointDetails;
import org.cxloop.core.touchpoint.TouchpointView;
import org.cxloop.core.touchpoint.Touchpoints;
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
@RequestMapping("/api/v1/touchpoints")
@Tag(name = "Touchpoints", description = "Where customers meet the company: a stage, a channel, a unique code.")
class TouchpointApi {

    private final Touchpoints touchpoints;

    TouchpointApi(Touchpoints touchpoints) {
        this.touchpoints = touchpoints;
    }

    @GetMapping
    @Operation(summary = "List touchpoints in journey order")
    List<TouchpointView> list() {
        return touchpoints.list();
    }

    @GetMapping("/{code}")
    @Operation(summary = "Read a touchpoint")
    TouchpointView get(@PathVariable String code) {
        return touchpoints.get(code);
    }

    @PostMapping
    @Operation(summary = "Create a touchpoint", description = "409 when a touchpoint with this code exists.")
    ResponseEntity<TouchpointView> create(@RequestBody NewTouchpoint touchpoint) {
        if (touchpoint.code() != null && touchpoints.find(touchpoint.code()).isPresent()) {
            throw new CodeTakenException("A touchpoint with the code '" + touchpoint.code() + "' exists already.");
        }
        touchpoints.save(touchpoint.code(), new TouchpointDetails(touchpoint.name(), touchpoint.channel(), touchpoint.stage()));
        var location = ServletUriComponentsBuilder.fromCurrentRequest().path("/{code}").build(touchpoint.code());
        return ResponseEntity.created(location).body(touchpoints.get(touchpoint.code()));
    }

    @PutMapping("/{code}")
    @Operation(summary = "Create or update a touchpoint by code", description = "201 when new, 200 when updated.")
    ResponseEntity<TouchpointView> save(@PathVariable String code, @RequestBody TouchpointDetails details) {
        var created = touchpoints.save(code, details);
        return ResponseEntity.status(created ? 201 : 200).body(touchpoints.get(code));
    }

    /** A touchpoint to create, with its code; stage is a stage code. */
    record NewTouchpoint(String code, String name, Channel channel, String stage) {
    }
}
