package org.cxloop.web.dashboard;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.cxloop.core.InvalidInputException;
import org.cxloop.core.NotFoundException;
import org.cxloop.metrics.CommentQuery;
import org.cxloop.metrics.ScoreBand;
import org.cxloop.metrics.VoiceMetrics;
import org.cxloop.survey.voice.CommentAnalyses;
import org.cxloop.survey.voice.CommentSource;
import org.cxloop.survey.voice.Sentiment;
import org.cxloop.survey.voice.VoiceTopics;
import org.cxloop.web.csv.CsvDownload;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The latest comments (of survey answers and of feedback from other channels) with their score or rating, where and
 * from whom they came and their analysis, found by the dashboard filters, words, sentiment, topic, score band and source, a page at a time and as CSV; and a person's correction of one.
 */
@Controller
class CommentsController {

    static final int PAGE_SIZE = 25;
    static final int CSV_LIMIT = 50_000;
    /** Where a correction may return: this page with an already encoded query, nothing that leaves the site. */
    private static final java.util.regex.Pattern SAFE_BACK = java.util.regex.Pattern.compile("/comments(\\?[A-Za-z0-9%&=._~+-]*)?");

    private final VoiceMetrics voice;
    private final VoiceTopics topics;
    private final CommentAnalyses analyses;
    private final Dashboards dashboards;

    CommentsController(VoiceMetrics voice, VoiceTopics topics, CommentAnalyses analyses, Dashboards dashboards) {
        this.voice = voice;
        this.topics = topics;
        this.analyses = analyses;
        this.dashboards = dashboards;
    }

    @GetMapping("/comments")
    String comments(@ModelAttribute("filter") DashboardFilter filter, @ModelAttribute("find") CommentFilter find,
            Locale locale, Model model) {
        var selection = dashboards.select(filter);
        var page = voice.comments(find.query(selection.metrics(), PAGE_SIZE));
        var here = link(filter, find, null);
        model.addAttribute("installationEmpty", dashboards.installationEmpty());
        model.addAttribute("selection", selection);
        model.addAttribute("options", dashboards.options());
        model.addAttribute("page", page);
        model.addAttribute("topics", topics.list());
        model.addAttribute("topicNames", TopicsController.topicNames(topics, locale));
        model.addAttribute("sentiments", Sentiment.values());
        model.addAttribute("bands", ScoreBand.values());
        model.addAttribute("sources", CommentSource.values());
        model.addAttribute("here", here);
        model.addAttribute("previousLink", link(filter, find, String.valueOf(page.page() - 1)));
        model.addAttribute("nextLink", link(filter, find, String.valueOf(page.page() + 1)));
        model.addAttribute("csvLink", link(filter.link("/comments.csv"), find));
        model.addAttribute("overviewLink", filter.link("/"));
        model.addAttribute("breakdownLink", filter.link("/breakdown"));
        model.addAttribute("retentionLink", filter.link("/retention"));
        model.addAttribute("topicsLink", filter.link("/topics"));
        model.addAttribute("commentsLink", filter.link("/comments"));
        return "dashboard/comments";
    }

    @GetMapping("/comments.csv")
    void csv(@ModelAttribute("filter") DashboardFilter filter, @ModelAttribute("find") CommentFilter find,
            HttpServletResponse response) throws IOException {
        var selection = dashboards.select(filter);
        var period = selection.period();
        var out = CsvDownload.open(response, "comments-" + period.from() + "-" + period.to() + ".csv");
        CommentsCsv.write(pageNumber -> voice.comments(new CommentFilter(find.q(), find.sentiment(), find.topic(),
                find.band(), String.valueOf(pageNumber), find.source()).query(selection.metrics(), CommentQuery.MAX_SIZE)),
                CSV_LIMIT, out);
    }

    @PostMapping("/comments/{id}/correction")
    String correct(@PathVariable long id, @RequestParam(required = false) String sentiment,
            @RequestParam(required = false) List<String> topics, @RequestParam(required = false) String back,
            Principal principal, RedirectAttributes redirect) {
        var target = back != null && SAFE_BACK.matcher(back).matches() ? back : "/comments";
        var chosen = CommentFilter.sentiment(sentiment);
        try {
            if (chosen == null) {
                throw new InvalidInputException("sentiment", "comments.sentiment.required", "Choose a sentiment.");
            }
            analyses.correct(id, principal.getName(), chosen, topics == null ? List.of() : topics);
            redirect.addFlashAttribute("success", "comments.corrected");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("error", e.code());
        } catch (NotFoundException e) {
            redirect.addFlashAttribute("error", "comments.notFound");
        }
        return "redirect:" + target + "#comment-" + id;
    }

    private static String link(DashboardFilter filter, CommentFilter find, String page) {
        return link(filter.link("/comments"), new CommentFilter(find.q(), find.sentiment(), find.topic(), find.band(), page,
                find.source()));
    }

    private static String link(String base, CommentFilter find) {
        var builder = org.springframework.web.util.UriComponentsBuilder.fromUriString(base);
        var values = new java.util.LinkedHashMap<String, String>();
        values.put("q", find.q());
        values.put("sentiment", find.sentiment());
        values.put("topic", find.topic());
        values.put("band", find.band());
        values.put("source", CommentFilter.source(find.source()) == null ? null : find.source());
        values.put("page", find.page());
        values.values().removeIf(v -> v == null || v.isBlank());
        values.keySet().forEach(name -> builder.queryParam(name, "{" + name + "}"));
        return builder.encode().buildAndExpand(values).toUriString();
    }

    /** The comment page's own filters as they arrive in the URL; what cannot be read is ignored. */
    public record CommentFilter(String q, String sentiment, String topic, String band, String page, String source) {

        CommentQuery query(org.cxloop.metrics.MetricsFilter metrics, int size) {
            return new CommentQuery(metrics, q, sentiment(sentiment), topic, band(band), pageNumber(), size, source(source));
        }

        /** Survey comments or feedback only; anything else means both. */
        static CommentSource source(String value) {
            return Arrays.stream(CommentSource.values()).filter(s -> s.name().equalsIgnoreCase(value == null ? "" : value.strip()))
                    .findFirst().orElse(null);
        }

        int pageNumber() {
            try {
                return page == null ? 0 : Math.clamp(Integer.parseInt(page.strip()), 0, 100_000);
            } catch (NumberFormatException e) {
                return 0;
            }
        }

        static Sentiment sentiment(String value) {
            return Arrays.stream(Sentiment.values()).filter(s -> s.name().equalsIgnoreCase(value == null ? "" : value.strip()))
                    .findFirst().orElse(null);
        }

        static ScoreBand band(String value) {
            return Arrays.stream(ScoreBand.values()).filter(s -> s.name().equalsIgnoreCase(value == null ? "" : value.strip()))
                    .findFirst().orElse(null);
        }
    }
}
