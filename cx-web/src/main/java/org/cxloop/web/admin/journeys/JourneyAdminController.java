package org.cxloop.web.admin.journeys;

import jakarta.validation.Valid;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import org.cxloop.core.InvalidInputException;
import org.cxloop.journey.map.JourneyDocument;
import org.cxloop.journey.map.JourneyDocuments;
import org.cxloop.journey.map.JourneyMaps;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** Journeys and their versions: the list, one journey's settings and versions, import and export. */
@Controller
@RequestMapping("/admin/journeys")
class JourneyAdminController {

    private final JourneyMaps maps;
    private final JourneyDocuments documents;
    private final JsonMapper json;

    JourneyAdminController(JourneyMaps maps, JourneyDocuments documents, JsonMapper json) {
        this.maps = maps;
        this.documents = documents;
        this.json = json;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("form", JourneyForm.empty());
        return listView(model);
    }

    @PostMapping
    String create(@Valid @ModelAttribute("form") JourneyForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return listView(model);
        }
        var id = maps.create(form.details());
        redirect.addFlashAttribute("success", "journeys.created");
        return "redirect:/admin/journeys/" + id + "/versions/" + maps.currentMap(id).version().id();
    }

    @GetMapping("/{id}")
    String journey(@PathVariable long id, Model model) {
        model.addAttribute("form", JourneyForm.of(maps.get(id)));
        return journeyView(id, model);
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") JourneyForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return journeyView(id, model);
        }
        maps.update(id, form.details());
        redirect.addFlashAttribute("success", "journeys.saved");
        return "redirect:/admin/journeys/" + id;
    }

    @PostMapping("/{id}/archive")
    String archive(@PathVariable long id, @RequestParam boolean archived, RedirectAttributes redirect) {
        maps.archive(id, archived);
        redirect.addFlashAttribute("success", archived ? "journeys.archived" : "journeys.restored");
        return "redirect:/admin/journeys/" + id;
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        try {
            maps.delete(id);
            redirect.addFlashAttribute("success", "journeys.deleted");
            return "redirect:/admin/journeys";
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("error", e.code());
            return "redirect:/admin/journeys/" + id;
        }
    }

    @PostMapping("/{id}/drafts")
    String startDraft(@PathVariable long id, @RequestParam(defaultValue = "") String label, RedirectAttributes redirect) {
        if (label.length() > 150) {
            redirect.addFlashAttribute("error", "journey.version.label.size");
            return "redirect:/admin/journeys/" + id;
        }
        var draft = maps.startDraft(id, label);
        redirect.addFlashAttribute("success", "journeys.draftStarted");
        return "redirect:/admin/journeys/" + id + "/versions/" + draft;
    }

    @PostMapping("/{id}/versions/{version}/promote")
    String promote(@PathVariable long id, @PathVariable long version, RedirectAttributes redirect) {
        return versionChange(id, version, redirect, () -> maps.promote(version), "journeys.promoted");
    }

    @PostMapping("/{id}/versions/{version}/delete")
    String deleteDraft(@PathVariable long id, @PathVariable long version, RedirectAttributes redirect) {
        return versionChange(id, version, redirect, () -> maps.deleteDraft(version), "journeys.draftDeleted");
    }

    @GetMapping("/{id}/export")
    ResponseEntity<byte[]> export(@PathVariable long id) {
        var document = documents.export(id);
        var file = "journey-" + id + ".json";
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file).build().toString())
                .body(json.writerWithDefaultPrettyPrinter().writeValueAsString(document).getBytes(StandardCharsets.UTF_8));
    }

    @PostMapping("/import")
    String importFile(@RequestParam("file") MultipartFile file, RedirectAttributes redirect) throws IOException {
        try {
            var id = documents.importDocument(json.readValue(file.getBytes(), JourneyDocument.class));
            redirect.addFlashAttribute("success", "journeys.imported");
            return "redirect:/admin/journeys/" + id;
        } catch (JacksonException e) {
            redirect.addFlashAttribute("error", "journeys.import.unreadable");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("error", e.code());
        } catch (jakarta.validation.ConstraintViolationException e) {
            redirect.addFlashAttribute("error", "journeys.import.invalid");
        }
        return "redirect:/admin/journeys";
    }

    private String versionChange(long id, long version, RedirectAttributes redirect, Runnable change, String success) {
        if (maps.version(version).journeyId() != id) {
            throw new org.cxloop.core.NotFoundException("Journey " + id + " has no version " + version + ".");
        }
        try {
            change.run();
            redirect.addFlashAttribute("success", success);
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("error", e.code());
        }
        return "redirect:/admin/journeys/" + id;
    }

    private String listView(Model model) {
        var all = new ArrayList<>(maps.list(false));
        all.addAll(maps.list(true));
        model.addAttribute("all", all);
        return "admin/journeys/list";
    }

    private String journeyView(long id, Model model) {
        model.addAttribute("journey", maps.get(id));
        model.addAttribute("versions", maps.versions(id));
        return "admin/journeys/journey";
    }
}
