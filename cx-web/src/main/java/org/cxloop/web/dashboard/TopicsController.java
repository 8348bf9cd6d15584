package org.cxloop.web.dashboard;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.cxloop.metrics.Granularity;
import org.cxloop.metrics.VoiceMetrics;
import org.cxloop.survey.voice.CommentSource;
import org.cxloop.survey.voice.Topic;
import org.cxloop.survey.voice.VoiceTopics;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * What customers talk about: per topic, its mentions in the period and their trend, the share that is negative and
 * the NPS of the customers who mention it, each topic opening its comments.
 */
@Controller
class TopicsController {

    private final VoiceMetrics voice;
    private final VoiceTopics topics;
    private final Dashboards dashboards;

    TopicsController(VoiceMetrics voice, VoiceTopics topics, Dashboards dashboards) {
        this.voice = voice;
        this.topics = topics;
        this.dashboards = dashboards;
    }

    @GetMapping("/topics")
    String topics(@ModelAttribute("filter") DashboardFilter filter,
            @RequestParam(name = "source", required = false) String sourceParameter, Locale locale, Model model) {
        var selection = dashboards.select(filter);
        var source = CommentsController.CommentFilter.source(sourceParameter);
        var extra = source == null ? new String[0] : new String[] {"source", source.name().toLowerCase(Locale.ROOT)};
        var granularity = Trend.granularityFor(selection.period().days());
        var names = topicNames(topics, locale);
        var rows = voice.topics(selection.metrics(), granularity, source).stream()
                .map(entry -> TopicRow.of(names.getOrDefault(entry.code(), entry.code()), entry)).toList();
        model.addAttribute("installationEmpty", dashboards.installationEmpty());
        model.addAttribute("selection", selection);
        model.addAttribute("options", dashboards.options());
        model.addAttribute("rows", rows);
        model.addAttribute("weekly", granularity == Granularity.WEEK);
        model.addAttribute("reliable", BreakdownRow.RELIABLE);
        model.addAttribute("chartWidth", TopicRow.WIDTH);
        model.addAttribute("chartHeight", TopicRow.HEIGHT);
        model.addAttribute("commentLinks", rows.stream().collect(Collectors.toMap(r -> r.entry().code(),
                r -> filter.link("/comments", with(extra, "topic", r.entry().code())), (a, b) -> a)));
        model.addAttribute("negativeLinks", rows.stream().collect(Collectors.toMap(r -> r.entry().code(),
                r -> filter.link("/comments", with(extra, "topic", r.entry().code(), "sentiment", "negative")), (a, b) -> a)));
        model.addAttribute("sources", CommentSource.values());
        model.addAttribute("source", source);
        model.addAttribute("overviewLink", filter.link("/"));
        model.addAttribute("breakdownLink", filter.link("/breakdown"));
        model.addAttribute("retentionLink", filter.link("/retention"));
        model.addAttribute("topicsLink", filter.link("/topics"));
        model.addAttribute("commentsLink", filter.link("/comments"));
        return "dashboard/topics";
    }

    private static String[] with(String[] first, String... more) {
        var all = java.util.Arrays.copyOf(first, first.length + more.length);
        System.arraycopy(more, 0, all, first.length, more.length);
        return all;
    }

    static Map<String, String> topicNames(VoiceTopics topics, Locale locale) {
        return topics.list().stream().collect(Collectors.toMap(Topic::code, t -> t.name(locale), (a, b) -> a));
    }
}
