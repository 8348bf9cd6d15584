package org.cxloop.web.followup;

import jakarta.validation.ConstraintViolationException;
import org.cxloop.core.InvalidInputException;
import org.cxloop.core.touchpoint.Touchpoints;
import org.cxloop.core.user.Users;
import org.cxloop.survey.campaign.Campaigns;
import org.cxloop.survey.followup.FollowUpRules;
import org.cxloop.survey.followup.NewFollowUpRule;
import org.cxloop.survey.response.SurveyType;
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
@RequestMapping("/admin/follow-up-rules")
class FollowUpRuleAdminController {

    private final FollowUpRules rules;
    private final Touchpoints touchpoints;
    private final Campaigns campaigns;
    private final Users users;

    FollowUpRuleAdminController(FollowUpRules rules, Touchpoints touchpoints, Campaigns campaigns, Users users) {
        this.rules = rules;
        this.touchpoints = touchpoints;
        this.campaigns = campaigns;
        this.users = users;
    }

    @GetMapping
    String list(Model model) {
        // A new rule goes last by default: the order is the order of trial.
        var last = rules.list().stream().filter(r -> !r.builtIn()).mapToInt(r -> r.priority()).max().orElse(0);
        model.addAttribute("form", new NewFollowUpRule(null, Math.min(10_000, last + 10), null, null, null, null, null,
                null, null, null, 48));
        return page(model);
    }

    @PostMapping
    String create(@ModelAttribute("form") NewFollowUpRule form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (save(result, () -> rules.create(form))) {
            redirect.addFlashAttribute("success", "followUpRules.created");
            return "redirect:/admin/follow-up-rules";
        }
        return page(model);
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        var rule = rules.get(id);
        var touchpoint = rule.touchpointId() == null ? null : touchpoints.list().stream()
                .filter(t -> t.id() == rule.touchpointId()).map(t -> t.code()).findFirst().orElse(null);
        model.addAttribute("form", new NewFollowUpRule(rule.name(), rule.priority(), touchpoint, rule.campaignId(),
                rule.surveyType(), rule.minScore(), rule.maxScore(), String.join(", ", rule.keywords()), rule.segment(),
                rule.ownerId(), rule.slaHours()));
        return editPage(id, model);
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @ModelAttribute("form") NewFollowUpRule form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        rules.get(id);
        if (save(result, () -> rules.update(id, form))) {
            redirect.addFlashAttribute("success", "followUpRules.updated");
            return "redirect:/admin/follow-up-rules";
        }
        return editPage(id, model);
    }

    @PostMapping("/{id}/move")
    String move(@PathVariable long id, @RequestParam String direction, RedirectAttributes redirect) {
        if (!direction.equals("up") && !direction.equals("down")) {
            throw new InvalidInputException("direction", "followUpRules.direction", "Move a rule up or down.");
        }
        rules.move(id, direction.equals("up"));
        redirect.addFlashAttribute("success", "followUpRules.moved");
        return "redirect:/admin/follow-up-rules";
    }

    /** Runs the save, turning refused input into errors next to the fields; true when it went through. */
    private static boolean save(BindingResult result, Runnable action) {
        if (result.hasErrors()) {
            return false;
        }
        try {
            action.run();
            return true;
        } catch (ConstraintViolationException e) {
            for (var violation : e.getConstraintViolations()) {
                var path = violation.getPropertyPath().toString();
                var field = path.substring(path.lastIndexOf('.') + 1);
                if (result.getFieldErrorCount(field) == 0) {
                    result.rejectValue(field, "", violation.getMessage());
                }
            }
        } catch (InvalidInputException e) {
            result.rejectValue(e.field(), e.code(), e.getMessage());
        }
        return false;
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        rules.delete(id);
        redirect.addFlashAttribute("success", "followUpRules.deleted");
        return "redirect:/admin/follow-up-rules";
    }

    private String editPage(long id, Model model) {
        model.addAttribute("ruleId", id);
        options(model);
        return "followup/rule-edit";
    }

    private String page(Model model) {
        model.addAttribute("rules", rules.list());
        options(model);
        return "followup/rules";
    }

    private void options(Model model) {
        model.addAttribute("touchpoints", touchpoints.list());
        model.addAttribute("campaigns", campaigns.list());
        model.addAttribute("types", SurveyType.values());
        model.addAttribute("users", users.list().stream().filter(u -> u.enabled()).toList());
    }
}
