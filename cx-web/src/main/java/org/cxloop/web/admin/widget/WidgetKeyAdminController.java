package org.cxloop.web.admin.widget;

import java.security.Principal;
import java.util.HashMap;
import org.cxloop.core.InvalidInputException;
import org.cxloop.core.apikey.PublishableKeys;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequestMapping("/admin/widget-keys")
class WidgetKeyAdminController {

    private final PublishableKeys keys;
    private final String scriptUrl;

    WidgetKeyAdminController(PublishableKeys keys, @Value("${cx.public-url}") String publicUrl) {
        this.keys = keys;
        this.scriptUrl = publicUrl.replaceAll("/+$", "") + "/widget/v1/cxloop.js";
    }

    @GetMapping
    String list(Model model) {
        return page(model, "", "");
    }

    @PostMapping
    String create(@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String origins,
            Principal principal, Model model, RedirectAttributes redirect) {
        try {
            keys.create(name, origins, principal.getName());
            redirect.addFlashAttribute("success", "widgetKeys.created");
            return "redirect:/admin/widget-keys";
        } catch (InvalidInputException e) {
            model.addAttribute(e.field() + "Error", e.code());
            return page(model, name, origins);
        }
    }

    @PostMapping("/{id}/revoke")
    String revoke(@PathVariable long id, RedirectAttributes redirect) {
        keys.revoke(id);
        redirect.addFlashAttribute("success", "widgetKeys.revoked");
        return "redirect:/admin/widget-keys";
    }

    /** The tag a site pastes in; the placeholders in capitals are the site's to fill in. */
    private String snippet(String key) {
        return "<script src=\"" + scriptUrl + "\" async\n"
                + "        data-key=\"" + key + "\"\n"
                + "        data-customer=\"CUSTOMER-EXTERNAL-ID\"\n"
                + "        data-touchpoint=\"TOUCHPOINT-CODE\"\n"
                + "        data-survey=\"NPS\"\n"
                + "        data-trigger=\"delay:10\"></script>";
    }

    private String page(Model model, String name, String origins) {
        var all = keys.list();
        var snippets = new HashMap<Long, String>();
        all.forEach(key -> snippets.put(key.id(), snippet(key.key())));
        model.addAttribute("keys", all);
        model.addAttribute("snippets", snippets);
        model.addAttribute("name", name);
        model.addAttribute("origins", origins);
        return "admin/widget/keys";
    }
}
