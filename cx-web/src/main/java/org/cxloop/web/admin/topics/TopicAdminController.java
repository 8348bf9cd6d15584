package org.cxloop.web.admin.topics;

import org.cxloop.core.InvalidInputException;
import org.cxloop.core.NotFoundException;
import org.cxloop.survey.voice.CommentBackfill;
import org.cxloop.survey.voice.VoiceTopics;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Topics and their keyword lists per language. Changes apply to comments as they arrive; "apply to stored comments"
 * tags the stored ones again, keeping what people corrected. Every change lands in the audit log (AuditInterceptor).
 */
@Controller
@RequestMapping("/admin/topics")
class TopicAdminController {

    private final VoiceTopics topics;
    private final CommentBackfill backfill;

    TopicAdminController(VoiceTopics topics, CommentBackfill backfill) {
        this.topics = topics;
        this.backfill = backfill;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("topics", topics.list());
        model.addAttribute("languages", VoiceTopics.LANGUAGES);
        return "admin/topics/list";
    }

    @PostMapping
    String create(@RequestParam(required = false) String code, @RequestParam(required = false) String nameEn,
            @RequestParam(required = false) String nameEs, Model model, RedirectAttributes redirect) {
        try {
            topics.create(code, nameEn, nameEs);
        } catch (InvalidInputException e) {
            model.addAttribute("topics", topics.list());
            model.addAttribute("languages", VoiceTopics.LANGUAGES);
            model.addAttribute("formError", e.code());
            model.addAttribute("formField", e.field());
            model.addAttribute("code", code);
            model.addAttribute("nameEn", nameEn);
            model.addAttribute("nameEs", nameEs);
            return "admin/topics/list";
        }
        redirect.addFlashAttribute("success", "topics.created");
        return "redirect:/admin/topics";
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        topics.delete(id);
        redirect.addFlashAttribute("success", "topics.deleted");
        return "redirect:/admin/topics";
    }

    @PostMapping("/{id}/keywords")
    String addKeyword(@PathVariable long id, @RequestParam(required = false) String language,
            @RequestParam(required = false) String keyword, RedirectAttributes redirect) {
        return act(id, redirect, "topics.keywordAdded", () -> topics.addKeyword(id, language, keyword));
    }

    @PostMapping("/{id}/keywords/delete")
    String removeKeyword(@PathVariable long id, @RequestParam(required = false) String language,
            @RequestParam(required = false) String keyword, RedirectAttributes redirect) {
        return act(id, redirect, "topics.keywordRemoved", () -> topics.removeKeyword(id, language, keyword));
    }

    @PostMapping("/reanalyse")
    String reanalyse(RedirectAttributes redirect) {
        backfill.analyseUnanalysed();
        backfill.analyseAllAgain();
        redirect.addFlashAttribute("success", "topics.reanalysed");
        return "redirect:/admin/topics";
    }

    private static String act(long id, RedirectAttributes redirect, String success, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("success", success);
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("error", e.code());
        }
        return "redirect:/admin/topics#topic-" + id;
    }
}
