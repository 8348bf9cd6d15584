package org.cxloop.web.admin.webhooks;

import java.security.Principal;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.cxloop.core.InvalidInputException;
import org.cxloop.survey.webhook.NewWebhook;
import org.cxloop.survey.webhook.WebhookEvent;
import org.cxloop.survey.webhook.WebhookFormat;
import org.cxloop.survey.webhook.Webhooks;
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

@Controller
@RequestMapping("/admin/webhooks")
class WebhookAdminController {

    private final Webhooks webhooks;

    WebhookAdminController(Webhooks webhooks) {
        this.webhooks = webhooks;
    }

    @GetMapping
    String list(@RequestParam(required = false) Long endpoint, Model model) {
        model.addAttribute("form", WebhookForm.empty());
        return page(endpoint, model);
    }

    @PostMapping
    String register(@ModelAttribute("form") WebhookForm form, BindingResult result, Principal principal, Model model,
            RedirectAttributes redirect) {
        var events = EnumSet.noneOf(WebhookEvent.class);
        for (var event : form.events() == null ? List.<String>of() : form.events()) {
            parse(WebhookEvent.class, event).ifPresentOrElse(events::add,
                    () -> result.rejectValue("events", "webhook.events.unknown", "Choose events from the list."));
        }
        var format = parse(WebhookFormat.class, form.format()).orElse(null);
        if (format == null && form.format() != null && !form.format().isBlank()) {
            result.rejectValue("format", "webhook.format.unknown", "Choose a format from the list.");
        }
        var webhook = new NewWebhook(form.name(), form.url(), form.secret(), events, format);
        for (var problem : webhooks.problems(webhook)) {
            if (result.getFieldErrorCount(problem.field()) == 0) {
                result.rejectValue(problem.field(), problem.code(), problem.message());
            }
        }
        if (!result.hasErrors()) {
            redirect.addFlashAttribute("issued", webhooks.register(webhook, principal.getName()));
            return "redirect:/admin/webhooks";
        }
        return page(null, model);
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        webhooks.delete(id);
        redirect.addFlashAttribute("success", "webhooks.deleted");
        return "redirect:/admin/webhooks";
    }

    @PostMapping("/deliveries/{id}/send-again")
    String sendAgain(@PathVariable long id, RedirectAttributes redirect) {
        var delivery = webhooks.delivery(id);
        try {
            webhooks.sendAgain(id);
            redirect.addFlashAttribute("success", "webhooks.queuedAgain");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("error", e.code());
        }
        return "redirect:/admin/webhooks?endpoint=" + delivery.endpointId();
    }

    private String page(Long endpoint, Model model) {
        model.addAttribute("endpoints", webhooks.list());
        model.addAttribute("shown", endpoint == null ? null : webhooks.get(endpoint));
        model.addAttribute("deliveries", webhooks.deliveries(endpoint));
        model.addAttribute("events", WebhookEvent.values());
        model.addAttribute("formats", WebhookFormat.values());
        return "admin/webhooks/list";
    }

    private static <E extends Enum<E>> Optional<E> parse(Class<E> type, String value) {
        return value == null ? Optional.empty() : Arrays.stream(type.getEnumConstants())
                .filter(constant -> constant.name().equals(value.strip().toUpperCase(Locale.ROOT))).findFirst();
    }
}
