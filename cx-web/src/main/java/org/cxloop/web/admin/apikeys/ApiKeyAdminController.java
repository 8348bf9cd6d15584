package org.cxloop.web.admin.apikeys;

import java.security.Principal;
import org.cxloop.core.InvalidInputException;
import org.cxloop.core.apikey.ApiKeys;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequestMapping("/admin/api-keys")
class ApiKeyAdminController {

    private final ApiKeys apiKeys;

    ApiKeyAdminController(ApiKeys apiKeys) {
        this.apiKeys = apiKeys;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("keys", apiKeys.list());
        return "admin/apikeys/list";
    }

    @PostMapping
    String issue(@RequestParam(defaultValue = "") String name, Principal principal, Model model,
            RedirectAttributes redirect) {
        try {
            var issued = apiKeys.issue(name, principal.getName());
            redirect.addFlashAttribute("issued", issued);
            return "redirect:/admin/api-keys";
        } catch (InvalidInputException e) {
            model.addAttribute("nameError", e.code());
            model.addAttribute("name", name);
            model.addAttribute("keys", apiKeys.list());
            return "admin/apikeys/list";
        }
    }

    @PostMapping("/{id}/revoke")
    String revoke(@PathVariable long id, RedirectAttributes redirect) {
        apiKeys.revoke(id);
        redirect.addFlashAttribute("success", "apikeys.revoked");
        return "redirect:/admin/api-keys";
    }
}
