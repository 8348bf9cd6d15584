package org.cxloop.web.admin.journeys;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.List;
import org.cxloop.core.Channel;
import org.cxloop.core.InvalidInputException;
import org.cxloop.core.NotFoundException;
import org.cxloop.journey.map.JourneyEditor;
import org.cxloop.journey.map.JourneyMap;
import org.cxloop.journey.map.JourneyMaps;
import org.cxloop.journey.map.StageInput;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * One map version in the editor: stages and touchpoint cards placed, renamed, reordered, archived, restored and
 * removed. A move sent by journey-editor.js (header X-Requested-With) answers 204 instead of redirecting, so the
 * page need not reload. A delete refused because a touchpoint has history comes back with an offer to archive.
 */
@Controller
@RequestMapping("/admin/journeys/{id}/versions/{version}")
class MapEditorController {

    private final JourneyMaps maps;
    private final JourneyEditor editor;

    MapEditorController(JourneyMaps maps, JourneyEditor editor) {
        this.maps = maps;
        this.editor = editor;
    }

    @GetMapping
    String edit(@PathVariable long id, @PathVariable long version, Model model) {
        model.addAttribute("map", mapOf(id, version));
        model.addAttribute("archived", maps.archivedCards(version));
        return "admin/journeys/editor";
    }

    @PostMapping("/stages")
    String addStage(@PathVariable long id, @PathVariable long version, @RequestParam(defaultValue = "") String code,
            @RequestParam(defaultValue = "") String name, RedirectAttributes redirect) {
        mapOf(id, version);
        if (name.isBlank() || name.length() > 100 || code.length() > 50) {
            redirect.addFlashAttribute("error", name.isBlank() ? "stage.name.required" : "journeys.stage.tooLong");
            return back(id, version);
        }
        return change(id, version, redirect, () -> editor.addStage(version, new StageInput(code, name)), "journeys.stageAdded");
    }

    @PostMapping("/stages/{stage}/rename")
    String renameStage(@PathVariable long id, @PathVariable long version, @PathVariable long stage,
            @RequestParam(defaultValue = "") String name, RedirectAttributes redirect) {
        mapOf(id, version);
        if (name.isBlank() || name.length() > 100) {
            redirect.addFlashAttribute("error", name.isBlank() ? "stage.name.required" : "stage.name.size");
            return back(id, version);
        }
        return change(id, version, redirect, () -> editor.renameStage(version, stage, name), "journeys.stageRenamed");
    }

    @PostMapping("/stages/{stage}/move")
    ResponseEntity<Void> moveStage(@PathVariable long id, @PathVariable long version, @PathVariable long stage,
            @RequestParam int steps, HttpServletRequest request) {
        mapOf(id, version);
        editor.moveStage(version, stage, Integer.signum(steps));
        return moved(request, id, version);
    }

    /** The whole order at once, as drag and drop sends it: stage card ids separated by commas. */
    @PostMapping("/stages/order")
    ResponseEntity<Void> reorderStages(@PathVariable long id, @PathVariable long version, @RequestParam List<Long> order,
            HttpServletRequest request) {
        mapOf(id, version);
        editor.reorderStages(version, order);
        return moved(request, id, version);
    }

    @PostMapping("/stages/{stage}/delete")
    String removeStage(@PathVariable long id, @PathVariable long version, @PathVariable long stage,
            RedirectAttributes redirect) {
        var map = mapOf(id, version);
        var result = change(id, version, redirect, () -> editor.removeStage(version, stage), "journeys.stageRemoved");
        map.stages().stream().filter(s -> s.id() == stage).findFirst()
                .ifPresent(s -> offerArchive(redirect, "/stages/" + stage + "/archive", s.name()));
        return result;
    }

    @PostMapping("/stages/{stage}/archive")
    String archiveStage(@PathVariable long id, @PathVariable long version, @PathVariable long stage,
            RedirectAttributes redirect) {
        mapOf(id, version);
        return change(id, version, redirect, () -> editor.archiveStage(version, stage), "journeys.stageArchived");
    }

    @PostMapping("/stages/{stage}/restore")
    String restoreStage(@PathVariable long id, @PathVariable long version, @PathVariable long stage,
            RedirectAttributes redirect) {
        mapOf(id, version);
        return change(id, version, redirect, () -> editor.restoreStage(version, stage), "journeys.stageRestored");
    }

    @GetMapping("/stages/{stage}/touchpoints/new")
    String newTouchpoint(@PathVariable long id, @PathVariable long version, @PathVariable long stage, Model model) {
        model.addAttribute("form", TouchpointForm.onStage(stage));
        return touchpointView(mapOf(id, version), null, model);
    }

    @PostMapping("/touchpoints")
    String addTouchpoint(@PathVariable long id, @PathVariable long version,
            @Valid @ModelAttribute("form") TouchpointForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        var map = mapOf(id, version);
        if (!result.hasErrors()) {
            try {
                editor.addTouchpoint(version, form.stageId(), form.input());
                redirect.addFlashAttribute("success", "journeys.touchpointAdded");
                return back(id, version);
            } catch (InvalidInputException e) {
                result.rejectValue(e.field(), e.code(), e.getMessage());
            }
        }
        return touchpointView(map, null, model);
    }

    @GetMapping("/touchpoints/{card}")
    String editTouchpoint(@PathVariable long id, @PathVariable long version, @PathVariable long card, Model model) {
        var map = mapOf(id, version);
        var stage = map.stages().stream().filter(s -> s.touchpoints().stream().anyMatch(t -> t.id() == card)).findFirst()
                .orElseThrow(() -> new NotFoundException("This map version has no touchpoint card " + card + "."));
        var touchpoint = stage.touchpoints().stream().filter(t -> t.id() == card).findFirst().orElseThrow();
        model.addAttribute("form", TouchpointForm.of(touchpoint, stage.id()));
        return touchpointView(map, card, model);
    }

    @PostMapping("/touchpoints/{card}")
    String updateTouchpoint(@PathVariable long id, @PathVariable long version, @PathVariable long card,
            @Valid @ModelAttribute("form") TouchpointForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        var map = mapOf(id, version);
        if (!result.hasErrors()) {
            editor.updateTouchpoint(version, card, form.stageId(), form.input());
            redirect.addFlashAttribute("success", "journeys.touchpointSaved");
            return back(id, version);
        }
        return touchpointView(map, card, model);
    }

    @PostMapping("/touchpoints/{card}/move")
    ResponseEntity<Void> moveTouchpoint(@PathVariable long id, @PathVariable long version, @PathVariable long card,
            @RequestParam int steps, HttpServletRequest request) {
        mapOf(id, version);
        editor.moveTouchpoint(version, card, Integer.signum(steps));
        return moved(request, id, version);
    }

    /** Where dragging a card dropped it: on stage {@code stage} at {@code index} (0 first) among its cards. */
    @PostMapping("/touchpoints/{card}/place")
    ResponseEntity<Void> placeTouchpoint(@PathVariable long id, @PathVariable long version, @PathVariable long card,
            @RequestParam long stage, @RequestParam int index, HttpServletRequest request) {
        mapOf(id, version);
        editor.placeTouchpoint(version, card, stage, index);
        return moved(request, id, version);
    }

    @PostMapping("/touchpoints/{card}/delete")
    String removeTouchpoint(@PathVariable long id, @PathVariable long version, @PathVariable long card,
            RedirectAttributes redirect) {
        var map = mapOf(id, version);
        var result = change(id, version, redirect, () -> editor.removeTouchpoint(version, card), "journeys.touchpointRemoved");
        map.stages().stream().flatMap(s -> s.touchpoints().stream()).filter(t -> t.id() == card).findFirst()
                .ifPresent(t -> offerArchive(redirect, "/touchpoints/" + card + "/archive", t.name()));
        return result;
    }

    @PostMapping("/touchpoints/{card}/archive")
    String archiveTouchpoint(@PathVariable long id, @PathVariable long version, @PathVariable long card,
            RedirectAttributes redirect) {
        mapOf(id, version);
        return change(id, version, redirect, () -> editor.archiveTouchpoint(version, card), "journeys.touchpointArchived");
    }

    @PostMapping("/touchpoints/{card}/restore")
    String restoreTouchpoint(@PathVariable long id, @PathVariable long version, @PathVariable long card,
            RedirectAttributes redirect) {
        mapOf(id, version);
        return change(id, version, redirect, () -> editor.restoreTouchpoint(version, card), "journeys.touchpointRestored");
    }

    /** After a delete refused for history, the editor offers to archive the same stage or card with one button. */
    private static void offerArchive(RedirectAttributes redirect, String action, String name) {
        if ("journey.touchpoint.hasHistory".equals(redirect.getFlashAttributes().get("error"))) {
            redirect.addFlashAttribute("archiveAction", action);
            redirect.addFlashAttribute("archiveName", name);
        }
    }

    private JourneyMap mapOf(long id, long version) {
        var map = maps.map(version);
        if (map.journey().id() != id) {
            throw new NotFoundException("Journey " + id + " has no version " + version + ".");
        }
        return map;
    }

    private String touchpointView(JourneyMap map, Long card, Model model) {
        model.addAttribute("map", map);
        model.addAttribute("card", card);
        model.addAttribute("channels", Channel.values());
        return "admin/journeys/touchpoint";
    }

    private static String change(long id, long version, RedirectAttributes redirect, Runnable change, String success) {
        try {
            change.run();
            redirect.addFlashAttribute("success", success);
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("error", e.code());
        }
        return back(id, version);
    }

    /** 204 for journey-editor.js, which has moved the element itself; otherwise 303 back to the editor. */
    private static ResponseEntity<Void> moved(HttpServletRequest request, long id, long version) {
        if ("fetch".equals(request.getHeader("X-Requested-With"))) {
            return ResponseEntity.noContent().build();
        }
        return ResponseEntity.status(HttpStatus.SEE_OTHER)
                .location(ServletUriComponentsBuilder.fromContextPath(request)
                        .path("/admin/journeys/{id}/versions/{version}").build(id, version))
                .build();
    }

    private static String back(long id, long version) {
        return "redirect:/admin/journeys/" + id + "/versions/" + version;
    }
}
