package org.cxloop.web.followup;

import java.security.Principal;
import org.cxloop.core.InvalidInputException;
import org.cxloop.core.user.Users;
import org.cxloop.survey.followup.CaseOutcome;
import org.cxloop.survey.followup.CaseQuery;
import org.cxloop.survey.followup.CaseStatus;
import org.cxloop.survey.followup.FollowUpCases;
import org.cxloop.survey.response.Responses;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequestMapping("/cases")
class CaseScreensController {

    private final FollowUpCases cases;
    private final Users users;
    private final Responses responses;

    CaseScreensController(FollowUpCases cases, Users users, Responses responses) {
        this.cases = cases;
        this.users = users;
        this.responses = responses;
    }

    /** The queue: by default the signed-in person's open cases, most urgent first. */
    @GetMapping
    String queue(@RequestParam(defaultValue = "mine") String scope, @RequestParam(required = false) CaseStatus status,
            @RequestParam(defaultValue = "false") boolean overdue, Principal principal, Model model) {
        var everyone = "all".equals(scope);
        var me = currentUserId(principal);
        model.addAttribute("cases", cases.queue(new CaseQuery(everyone ? null : me, status, overdue)));
        model.addAttribute("kpis", cases.kpis());
        model.addAttribute("scope", everyone ? "all" : "mine");
        model.addAttribute("status", status);
        model.addAttribute("overdue", overdue);
        model.addAttribute("statuses", CaseStatus.values());
        return "followup/queue";
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model) {
        var view = cases.get(id);
        model.addAttribute("case", view);
        model.addAttribute("history", cases.history(id));
        model.addAttribute("answers", view.responseId() == null ? java.util.List.of() : responses.extraAnswers(view.responseId()));
        model.addAttribute("statuses", java.util.Arrays.stream(CaseStatus.values())
                .filter(s -> s != CaseStatus.NEW && s != view.status()).toList());
        model.addAttribute("outcomes", CaseOutcome.values());
        model.addAttribute("users", users.list().stream().filter(u -> u.enabled()).toList());
        return "followup/case";
    }

    @PostMapping("/{id}/status")
    String changeStatus(@PathVariable long id, @RequestParam CaseStatus status,
            @RequestParam(required = false) CaseOutcome outcome,
            @RequestParam(defaultValue = "false") boolean messageCustomer, Principal principal, RedirectAttributes redirect) {
        return act(id, redirect, "cases.statusChanged",
                () -> cases.changeStatus(id, principal.getName(), status, outcome, messageCustomer));
    }

    @PostMapping("/{id}/owner")
    String assign(@PathVariable long id, @RequestParam long ownerId, Principal principal, RedirectAttributes redirect) {
        return act(id, redirect, "cases.assigned", () -> cases.assign(id, principal.getName(), ownerId));
    }

    @PostMapping("/{id}/notes")
    String addNote(@PathVariable long id, @RequestParam(defaultValue = "") String note, Principal principal,
            RedirectAttributes redirect) {
        return act(id, redirect, "cases.noteAdded", () -> cases.addNote(id, principal.getName(), note));
    }

    private static String act(long id, RedirectAttributes redirect, String success, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("success", success);
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("error", e.code());
        }
        return "redirect:/cases/" + id;
    }

    private Long currentUserId(Principal principal) {
        return users.list().stream().filter(u -> u.email().equalsIgnoreCase(principal.getName()))
                .map(u -> u.id()).findFirst().orElse(-1L);
    }
}
