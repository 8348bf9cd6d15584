package org.cxloop.web.respond;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.IntStream;
import org.cxloop.core.InvalidInputException;
import org.cxloop.survey.invitation.AnswerOutcome;
import org.cxloop.survey.invitation.InvitationStatus;
import org.cxloop.survey.invitation.InvitationView;
import org.cxloop.survey.invitation.Invitations;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.LocaleResolver;

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
    String show(@PathVariable String token, @RequestParam(required = false) String score,
            @RequestParam(required = false) String lang, Model model, HttpServletRequest request,
            HttpServletResponse response) {
        var invitation = invitations.open(token).orElse(null);
        if (invitation == null) {
            return invalid(response);
        }
        speakTheCustomersLanguage(invitation, lang, request, response);
        if (invitation.answered()) {
            return "redirect:/s/" + token + "/thanks";
        }
        if (invitation.status() == InvitationStatus.EXPIRED) {
            response.setStatus(HttpStatus.GONE.value());
            return "respond/expired";
        }
        form(model, token, invitation, parse(score, invitation), null);
        return "respond/survey";
    }

    @PostMapping
    String answer(@PathVariable String token, @RequestParam(required = false) String score,
            @RequestParam(required = false) String comment, @RequestParam Map<String, String> fields, Model model,
            HttpServletRequest request, HttpServletResponse response) {
        var opened = invitations.openToAnswer(token).orElse(null);
        if (opened == null) {
            return invalid(response);
        }
        var invitation = opened.view();
        speakTheCustomersLanguage(invitation, null, request, response);
        var chosen = parse(score, invitation);
        var extra = extraAnswers(fields, invitation);
        if (chosen == null && !invitation.answered()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            form(model, token, invitation, null, "respond.score.required");
            model.addAttribute("comment", comment);
            model.addAttribute("extra", extra);
            return "respond/survey";
        }
        AnswerOutcome outcome;
        try {
            outcome = invitation.answered() ? AnswerOutcome.ALREADY_ANSWERED
                    : invitations.answer(opened, chosen, comment, extra);
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            var onQuestion = e.field().startsWith("q");
            form(model, token, invitation, chosen, onQuestion ? null : e.code());
            if (onQuestion) {
                model.addAttribute("questionError", e.code());
                model.addAttribute("questionErrorAt", Integer.valueOf(e.field().substring(1)));
            }
            model.addAttribute("comment", comment);
            model.addAttribute("extra", extra);
            return "respond/survey";
        }
        return switch (outcome) {
            case RECORDED, ALREADY_ANSWERED -> "redirect:/s/" + token + "/thanks";
            case EXPIRED -> {
                response.setStatus(HttpStatus.GONE.value());
                yield "respond/expired";
            }
            case INVALID -> invalid(response);
        };
    }

    @GetMapping("/thanks")
    String thanks(@PathVariable String token, Model model, HttpServletRequest request, HttpServletResponse response) {
        var invitation = invitations.open(token).orElse(null);
        if (invitation == null) {
            return invalid(response);
        }
        if (!invitation.answered()) {
            return "redirect:/s/" + token;
        }
        speakTheCustomersLanguage(invitation, null, request, response);
        var detractor = invitation.answeredScore() != null
                && invitation.survey().type().isDetractor(invitation.answeredScore());
        model.addAttribute("followUp", invitation.followUp() && detractor);
        return "respond/thanks";
    }

    @GetMapping("/unsubscribe")
    String confirmUnsubscribe(@PathVariable String token, Model model, HttpServletRequest request,
            HttpServletResponse response) {
        var invitation = invitations.open(token).orElse(null);
        if (invitation == null) {
            return invalid(response);
        }
        speakTheCustomersLanguage(invitation, null, request, response);
        model.addAttribute("token", token);
        return "respond/unsubscribe";
    }

    /** The confirmation form and RFC 8058 one-click unsubscribe (mail clients POST "List-Unsubscribe=One-Click"). */
    @PostMapping("/unsubscribe")
    String unsubscribe(@PathVariable String token, HttpServletResponse response) {
        return invitations.unsubscribe(token) ? "respond/unsubscribed" : invalid(response);
    }

    /** The answers to the extra questions, from form fields q1 to q5, keyed by the question's position. */
    private static Map<Integer, String> extraAnswers(Map<String, String> fields, InvitationView invitation) {
        var extra = new HashMap<Integer, String>();
        for (var position = 1; position <= invitation.survey().questions().size(); position++) {
            var value = fields.get("q" + position);
            if (value != null) {
                extra.put(position, value);
            }
        }
        return extra;
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

    private static Integer parse(String score, InvitationView invitation) {
        if (score == null || !score.matches("\\d{1,2}")) {
            return null;
        }
        var value = Integer.parseInt(score);
        return invitation.survey().type().accepts(value) ? value : null;
    }

    private static String invalid(HttpServletResponse response) {
        response.setStatus(HttpStatus.NOT_FOUND.value());
        return "respond/invalid";
    }
}
