package org.cxloop.web.admin.webhooks;

import java.security.Principal;
import java.time.Clock;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.cxloop.core.InvalidInputException;
import org.cxloop.survey.webhook.NewWebhook;
import org.cxloop.survey.webhook.WebhookChange;
import org.cxloop.survey.webhook.WebhookEvent;
import org.cxloop.survey.webhook.WebhookFormat;
import org.cxloop.survey.webhook.WebhookProblem;
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
    private final Clock clock;

    WebhookAdminController(Webhooks webhooks, Clock clock) {
        this.webhooks = webhooks;
        this.clock = clock;
    }

    @GetMapping
    String list(@RequestParam(required = false) Long endpoint, Model model) {
        model.addAttribute("form", WebhookForm.empty());
        return page(endpoint, model);
    }

    @PostMapping
    String register(@ModelAttribute("form") WebhookForm form, BindingResult result, Principal principal, Model model,
            RedirectAttributes redirect) {
        var events = events(form.events(), result);
        var format = parse(WebhookFormat.class, form.format()).orElse(null);
        if (format == null && form.format() != null && !form.format().isBlank()) {
            result.rejectValue("format", "webhook.format.unknown", "Choose a format from the list.");
        }
        var webhook = new NewWebhook(form.name(), form.url(), form.secret(), events, format);
        reject(webhooks.problems(webhook), result);
        if (!result.hasErrors()) {
            redirect.addFlashAttribute("issued", webhooks.register(webhook, principal.getName()));
            return "redirect:/admin/webhooks";
        }
        return page(null, model);
    }

    /** Changes the URL, events and on/off switch, checked as at registration; errors come back next to the fields. */
    @PostMapping("/{id}/edit")
    String change(@PathVariable long id, @ModelAttribute("editForm") WebhookEditForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        webhooks.get(id);
        var change = new WebhookChange(form.url(), events(form.events(), result), form.switchedOn());
        reject(webhooks.problems(change), result);
        if (result.hasErrors()) {
            return page(id, model);
        }
        webhooks.change(id, change);
        redirect.addFlashAttribute("success", "webhooks.changed");
        return "redirect:/admin/webhooks?endpoint=" + id;
    }

    /**
     * Gives the endpoint a new signing secret, typed or generated, shown this once. The audit log records the
     * rotation but never the secret (the audit interceptor leaves out parameters named {@code secret}).
     */
    @PostMapping("/{id}/rotate-secret")
    String rotateSecret(@PathVariable long id, @ModelAttribute("rotateForm") SecretRotationForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        webhooks.get(id);
        reject(webhooks.secretProblem(form.secret()).stream().toList(), result);
        if (result.hasErrors()) {
            return page(id, model);
        }
        redirect.addFlashAttribute("rotated", webhooks.rotateSecret(id, form.secret()));
        return "redirect:/admin/webhooks?endpoint=" + id;
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
        var shown = endpoint == null ? null : webhooks.get(endpoint);
        model.addAttribute("endpoints", webhooks.list());
        model.addAttribute("shown", shown);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", WebhookForm.empty());
        }
        if (shown != null) {
            if (!model.containsAttribute("editForm")) {
                model.addAttribute("editForm", WebhookEditForm.of(shown));
            }
            if (!model.containsAttribute("rotateForm")) {
                model.addAttribute("rotateForm", SecretRotationForm.empty());
            }
            model.addAttribute("previousSecretSigns", shown.signsWithPreviousSecretAt(clock.instant()));
        }
        model.addAttribute("deliveries", webhooks.deliveries(endpoint));
        model.addAttribute("events", WebhookEvent.values());
        model.addAttribute("formats", WebhookFormat.values());
        return "admin/webhooks/list";
    }

    private static Set<WebhookEvent> events(List<String> typed, BindingResult result) {
        var events = EnumSet.noneOf(WebhookEvent.class);
        for (var event : typed == null ? List.<String>of() : typed) {
            parse(WebhookEvent.class, event).ifPresentOrElse(events::add,
                    () -> result.rejectValue("events", "webhook.events.unknown", "Choose events from the list."));
        }
        return events;
    }

    private static void reject(List<WebhookProblem> problems, BindingResult result) {
        for (var problem : problems) {
            if (result.getFieldErrorCount(problem.field()) == 0) {
                result.rejectValue(problem.field(), problem.code(), problem.message());
            }
        }
    }

    private static <E extends Enum<E>> Optional<E> parse(Class<E> type, String value) {
        return value == null ? Optional.empty() : Arrays.stream(type.getEnumConstants())
                .filter(constant -> constant.name().equals(value.strip().toUpperCase(Locale.ROOT))).findFirst();
    }
}
