package org.cxloop.web.admin.imports;

import java.io.IOException;
import java.security.Principal;
import org.cxloop.core.InvalidInputException;
import org.cxloop.survey.imports.ImportKind;
import org.cxloop.survey.imports.Imports;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

@Controller
@RequestMapping("/admin/imports")
class ImportAdminController {

    private final Imports imports;

    ImportAdminController(Imports imports) {
        this.imports = imports;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("imports", imports.list());
        model.addAttribute("kinds", ImportKind.values());
        return "admin/imports/list";
    }

    @PostMapping
    String upload(@RequestParam ImportKind kind, @RequestParam(required = false) MultipartFile file, Principal principal,
            Model model) throws IOException {
        if (file == null || file.isEmpty()) {
            return refuse(model, kind, "import.file.required");
        }
        try (var in = file.getInputStream()) {
            var received = imports.receive(kind, file.getOriginalFilename(), in, principal.getName());
            return "redirect:/admin/imports/" + received.id();
        } catch (InvalidInputException e) {
            model.addAttribute("fileErrorDetail", e.getMessage());
            return refuse(model, kind, e.code());
        }
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model) {
        model.addAttribute("job", imports.get(id));
        model.addAttribute("rejections", imports.rejections(id, 500));
        return "admin/imports/detail";
    }

    /** Just the progress card, which the detail page refreshes while the import runs. */
    @GetMapping("/{id}/progress")
    String progress(@PathVariable long id, Model model) {
        model.addAttribute("job", imports.get(id));
        return "admin/imports/detail :: progress";
    }

    private String refuse(Model model, ImportKind kind, String code) {
        model.addAttribute("fileError", code);
        model.addAttribute("kind", kind);
        return list(model);
    }
}
