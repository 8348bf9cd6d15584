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
        model.addAttribute("form", new NewFollowUpRule(null, 100, null, null, null, null, null, null, null, null, 48));
        return page(model);
    }

    @PostMapping
    String create(@ModelAttribute("form") NewFollowUpRule form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                rules.create(form);
                redirect.addFlashAttribute("success", "followUpRules.created");
                return "redirect:/admin/follow-up-rules";
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
        }
        return page(model);
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        rules.delete(id);
        redirect.addFlashAttribute("success", "followUpRules.deleted");
        return "redirect:/admin/follow-up-rules";
    }

    private String page(Model model) {
        model.addAttribute("rules", rules.list());
        model.addAttribute("touchpoints", touchpoints.list());
        model.addAttribute("campaigns", campaigns.list());
        model.addAttribute("types", SurveyType.values());
        model.addAttribute("users", users.list().stream().filter(u -> u.enabled()).toList());
        return "followup/rules";
    }
}
