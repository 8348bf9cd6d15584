package org.cxloop.web.admin.privacy;

import org.cxloop.core.NotFoundException;
import org.cxloop.survey.privacy.CustomerDataExport;
import org.cxloop.survey.privacy.CustomerPrivacy;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequestMapping("/admin/privacy")
class PrivacyAdminController {

    private final CustomerPrivacy privacy;

    PrivacyAdminController(CustomerPrivacy privacy) {
        this.privacy = privacy;
    }

    @GetMapping
    String page(@RequestParam(required = false) String externalId, Model model) {
        if (externalId != null && !externalId.isBlank()) {
            model.addAttribute("externalId", externalId.strip());
            try {
                model.addAttribute("data", privacy.export(externalId.strip()));
            } catch (NotFoundException e) {
                model.addAttribute("notFound", true);
            }
        }
        return "admin/privacy/privacy";
    }

    @GetMapping("/export")
    @ResponseBody
    ResponseEntity<CustomerDataExport> export(@RequestParam String externalId) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"customer-data.json\"")
                .body(privacy.export(externalId));
    }

    @PostMapping("/erase")
    String erase(@RequestParam String externalId, @RequestParam(defaultValue = "false") boolean confirmed,
            RedirectAttributes redirect) {
        if (!confirmed) {
            redirect.addFlashAttribute("error", "privacy.confirmRequired");
            return "redirect:/admin/privacy?externalId=" + java.net.URLEncoder.encode(externalId, java.nio.charset.StandardCharsets.UTF_8);
        }
        privacy.erase(externalId);
        redirect.addFlashAttribute("success", "privacy.erased");
        return "redirect:/admin/privacy";
    }
}
