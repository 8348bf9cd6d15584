package org.cxloop.web.dashboard;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.cxloop.metrics.Granularity;
import org.cxloop.metrics.VoiceMetrics;
import org.cxloop.survey.voice.Topic;
import org.cxloop.survey.voice.VoiceTopics;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

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
    String topics(@ModelAttribute("filter") DashboardFilter filter, Locale locale, Model model) {
        var selection = dashboards.select(filter);
        var granularity = Trend.granularityFor(selection.period().days());
        var names = topicNames(topics, locale);
        var rows = voice.topics(selection.metrics(), granularity).stream()
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
                r -> filter.link("/comments", "topic", r.entry().code()), (a, b) -> a)));
        model.addAttribute("negativeLinks", rows.stream().collect(Collectors.toMap(r -> r.entry().code(),
                r -> filter.link("/comments", "topic", r.entry().code(), "sentiment", "negative"), (a, b) -> a)));
        model.addAttribute("overviewLink", filter.link("/"));
        model.addAttribute("breakdownLink", filter.link("/breakdown"));
        model.addAttribute("retentionLink", filter.link("/retention"));
        model.addAttribute("topicsLink", filter.link("/topics"));
        model.addAttribute("commentsLink", filter.link("/comments"));
        return "dashboard/topics";
    }

    static Map<String, String> topicNames(VoiceTopics topics, Locale locale) {
        return topics.list().stream().collect(Collectors.toMap(Topic::code, t -> t.name(locale), (a, b) -> a));
    }
}
