package org.cxloop.web.surveys;

import jakarta.validation.ConstraintViolationException;
import org.cxloop.core.InvalidInputException;
import org.cxloop.core.customer.Customers;
import org.cxloop.core.touchpoint.Touchpoints;
import java.io.IOException;
import org.cxloop.survey.campaign.Audience;
import org.cxloop.survey.campaign.AudienceLists;
import org.cxloop.survey.campaign.Campaigns;
import org.cxloop.survey.definition.InvalidQuestionsException;
import org.cxloop.survey.definition.QuestionKind;
import org.cxloop.survey.definition.Surveys;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequestMapping("/surveys")
class SurveyScreensController {

    private final Surveys surveys;
    private final Campaigns campaigns;
    private final Touchpoints touchpoints;
    private final Customers customers;
    private final AudienceLists audienceLists;

    SurveyScreensController(Surveys surveys, Campaigns campaigns, Touchpoints touchpoints, Customers customers,
            AudienceLists audienceLists) {
        this.surveys = surveys;
        this.campaigns = campaigns;
        this.touchpoints = touchpoints;
        this.customers = customers;
        this.audienceLists = audienceLists;
    }

    @GetMapping
    String overview(Model model) {
        var list = campaigns.list().stream()
                .map(c -> new CampaignRow(c, campaigns.progress(c.id())))
                .toList();
        model.addAttribute("campaigns", list);
        model.addAttribute("surveys", surveys.list());
        return "surveys/overview";
    }

    @GetMapping("/new")
    String newSurvey(@RequestParam(defaultValue = "NPS") SurveyType type, Model model) {
        model.addAttribute("form", SurveyForm.standard(type));
        model.addAttribute("types", SurveyType.values());
        model.addAttribute("kinds", QuestionKind.values());
        return "surveys/survey-form";
    }

    @PostMapping
    String createSurvey(@ModelAttribute("form") SurveyForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (form == null || unreadable(result)) {
            // A value that does not convert (an unknown type, say) leaves no form to show again: start over.
            redirect.addFlashAttribute("error", "surveys.formUnreadable");
            return "redirect:/surveys/new";
        }
        if (!result.hasErrors()) {
            try {
                surveys.create(form.definition());
                redirect.addFlashAttribute("success", "surveys.created");
                return "redirect:/surveys";
            } catch (ConstraintViolationException e) {
                FormErrors.reject(result, e);
            } catch (InvalidQuestionsException e) {
                e.problems().forEach(p -> result.rejectValue(form.slotOf(p.field()), p.code(), p.message()));
            }
        }
        model.addAttribute("types", SurveyType.values());
        model.addAttribute("kinds", QuestionKind.values());
        return "surveys/survey-form";
    }

    @GetMapping("/campaigns/new")
    String newCampaign(Model model) {
        model.addAttribute("form", CampaignForm.empty());
        return campaignForm(model);
    }

    @PostMapping("/campaigns")
    String createCampaign(@ModelAttribute("form") CampaignForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (form == null || unreadable(result)) {
            redirect.addFlashAttribute("error", "surveys.formUnreadable");
            return "redirect:/surveys/campaigns/new";
        }
        if (!result.hasErrors()) {
            try {
                var campaign = campaigns.create(form.details());
                redirect.addFlashAttribute("success", "campaigns.created");
                return "redirect:/surveys/campaigns/" + campaign.id();
            } catch (ConstraintViolationException e) {
                FormErrors.reject(result, e);
            } catch (InvalidInputException e) {
                result.rejectValue(e.field(), e.code(), e.getMessage());
            }
        }
        return campaignForm(model);
    }

    @GetMapping("/campaigns/{id}")
    String campaign(@PathVariable long id, Model model) {
        model.addAttribute("campaign", campaigns.get(id));
        model.addAttribute("progress", campaigns.progress(id));
        model.addAttribute("listed", audienceLists.size(id));
        return "surveys/campaign";
    }

    /** The uploaded list of a list campaign: a CSV of external ids or emails; the report comes back on the campaign page. */
    @PostMapping("/campaigns/{id}/audience")
    String uploadAudience(@PathVariable long id, @RequestParam(required = false) MultipartFile file,
            RedirectAttributes redirect) throws IOException {
        if (file == null || file.isEmpty()) {
            redirect.addFlashAttribute("error", "campaign.list.file.required");
            return "redirect:/surveys/campaigns/" + id;
        }
        try (var in = file.getInputStream()) {
            redirect.addFlashAttribute("upload", audienceLists.upload(id, in));
            redirect.addFlashAttribute("success", "campaigns.list.uploaded");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("error", e.code());
        }
        return "redirect:/surveys/campaigns/" + id;
    }

    @PostMapping("/campaigns/{id}/launch")
    String launch(@PathVariable long id, RedirectAttributes redirect) {
        try {
            campaigns.launch(id);
            redirect.addFlashAttribute("success", "campaigns.launched");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("error", e.code());
        }
        return "redirect:/surveys/campaigns/" + id;
    }

    /** A field whose value could not even be converted (a date or number typed wrong, an unknown type). */
    private static boolean unreadable(BindingResult result) {
        return result.getFieldErrors().stream().anyMatch(error -> error.isBindingFailure());
    }

    private String campaignForm(Model model) {
        model.addAttribute("surveys", surveys.list());
        model.addAttribute("touchpoints", touchpoints.list());
        model.addAttribute("segments", customers.segments());
        model.addAttribute("audiences", Audience.values());
        return "surveys/campaign-form";
    }
}
