package org.cxloop.web.respond;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.stream.IntStream;
import org.cxloop.survey.invitation.InvitationStatus;
import org.cxloop.survey.invitation.InvitationView;
import org.cxloop.survey.invitation.Invitations;
import org.cxloop.survey.invitation.SurveyForm;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

/**
 * The survey a customer opens from an invitation. The token in the path is the only credential; a token that is
 * not genuine, an expired link or a second answer each get a friendly page, never an error trace.
 */
@Controller
@RequestMapping("/s/{token}")
class SurveyPageController {

    private final Invitations invitations;
    private final LocaleResolver localeResolver;

    SurveyPageController(Invitations invitations, LocaleResolver localeResolver) {
        this.invitations = invitations;
        this.localeResolver = localeResolver;
    }

    @GetMapping
    ModelAndView show(@PathVariable String token, @RequestParam(required = false) String score,
            @RequestParam(required = false) String lang, Model model, HttpServletRequest request,
            HttpServletResponse response) {
        var invitation = invitations.open(token).orElse(null);
        if (invitation == null) {
            return invalid(response);
        }
        speakTheCustomersLanguage(invitation, lang, request, response);
        if (invitation.answered()) {
            return redirect("/s/" + token + "/thanks");
        }
        if (invitation.status() == InvitationStatus.EXPIRED) {
            response.setStatus(HttpStatus.GONE.value());
            return new ModelAndView("respond/expired");
        }
        form(model, token, invitation, invitation.survey().type().scoreIn(score), null);
        return new ModelAndView("respond/survey");
    }

    @PostMapping
    ModelAndView answer(@PathVariable String token, @RequestParam(required = false) String score,
            @RequestParam(required = false) String comment, @RequestParam Map<String, String> fields, Model model,
            HttpServletRequest request, HttpServletResponse response) {
        var submission = invitations.submit(token, new SurveyForm(score, comment, fields)).orElse(null);
        if (submission == null) {
            return invalid(response);
        }
        var invitation = submission.invitation();
        speakTheCustomersLanguage(invitation, null, request, response);
        if (submission.scoreMissing() || submission.refusal() != null) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            var refusal = submission.refusal();
            var onQuestion = refusal != null && refusal.field().startsWith("q");
            form(model, token, invitation, submission.score(), refusal == null ? "respond.score.required"
                    : onQuestion ? null : refusal.code());
            if (onQuestion) {
                model.addAttribute("questionError", refusal.code());
                model.addAttribute("questionErrorAt", Integer.valueOf(refusal.field().substring(1)));
            }
            model.addAttribute("comment", comment);
            model.addAttribute("extra", submission.extra());
            return new ModelAndView("respond/survey");
        }
        return switch (submission.outcome()) {
            case RECORDED, ALREADY_ANSWERED -> redirect("/s/" + token + "/thanks");
            case EXPIRED -> {
                response.setStatus(HttpStatus.GONE.value());
                yield new ModelAndView("respond/expired");
            }
            case INVALID -> invalid(response);
        };
    }

    @GetMapping("/thanks")
    ModelAndView thanks(@PathVariable String token, Model model, HttpServletRequest request,
            HttpServletResponse response) {
        var invitation = invitations.open(token).orElse(null);
        if (invitation == null) {
            return invalid(response);
        }
        if (!invitation.answered()) {
            return redirect("/s/" + token);
        }
        speakTheCustomersLanguage(invitation, null, request, response);
        var detractor = invitation.answeredScore() != null
                && invitation.survey().type().isDetractor(invitation.answeredScore());
        model.addAttribute("followUp", invitation.followUp() && detractor);
        return new ModelAndView("respond/thanks");
    }

    @GetMapping("/unsubscribe")
    ModelAndView confirmUnsubscribe(@PathVariable String token, Model model, HttpServletRequest request,
            HttpServletResponse response) {
        var invitation = invitations.open(token).orElse(null);
        if (invitation == null) {
            return invalid(response);
        }
        speakTheCustomersLanguage(invitation, null, request, response);
        model.addAttribute("token", token);
        return new ModelAndView("respond/unsubscribe");
    }

    /** The confirmation form and RFC 8058 one-click unsubscribe (mail clients POST "List-Unsubscribe=One-Click"). */
    @PostMapping("/unsubscribe")
    ModelAndView unsubscribe(@PathVariable String token, HttpServletResponse response) {
        return invitations.unsubscribe(token) ? new ModelAndView("respond/unsubscribed") : invalid(response);
    }

    private void form(Model model, String token, InvitationView invitation, Integer score, String error) {
        var type = invitation.survey().type();
        model.addAttribute("token", token);
        model.addAttribute("invitation", invitation);
        model.addAttribute("type", type.name());
        model.addAttribute("scores", IntStream.rangeClosed(type.min(), type.max()).boxed().toList());
        model.addAttribute("score", score);
        model.addAttribute("scoreError", error);
        model.addAttribute("questions", invitation.survey().questions());
        if (!model.containsAttribute("extra")) {
            model.addAttribute("extra", Map.of());
        }
    }

    private void speakTheCustomersLanguage(InvitationView invitation, String lang, HttpServletRequest request,
            HttpServletResponse response) {
        if (lang == null || lang.isBlank()) {
            localeResolver.setLocale(request, response, invitation.locale());
        }
    }

    /**
     * A redirect as a view object rather than a "redirect:" view name: the view resolver would create, initialise
     * and cache one view per name, and every token makes a new name.
     */
    private static ModelAndView redirect(String path) {
        return new ModelAndView(new RedirectView(path, true));
    }

    private static ModelAndView invalid(HttpServletResponse response) {
        response.setStatus(HttpStatus.NOT_FOUND.value());
        return new ModelAndView("respond/invalid");
    }
}
