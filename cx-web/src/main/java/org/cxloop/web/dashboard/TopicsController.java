package org.cxloop.web.dashboard;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.cxloop.metrics.Granularity;
import org.cxloop.metrics.VoiceMetrics;
import org.cxloop.survey.voice.CommentSource;
import org.cxloop.survey.voice.Topic;
import org.cxloop.survey.voice.VoiceTopics;
import org.cxloop.web.csv.CsvDownload;
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
        var rows = rows(selection, locale, source);
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
        model.addAttribute("csvLink", filter.link("/topics.csv", extra));
        model.addAttribute("trendCsvLink", filter.link("/topics/trend.csv", extra));
        model.addAttribute("sources", CommentSource.values());
        model.addAttribute("source", source);
        model.addAttribute("overviewLink", filter.link("/"));
        model.addAttribute("breakdownLink", filter.link("/breakdown"));
        model.addAttribute("retentionLink", filter.link("/retention"));
        model.addAttribute("topicsLink", filter.link("/topics"));
        model.addAttribute("commentsLink", filter.link("/comments"));
        return "dashboard/topics";
    }

    /** The topics table: one row per topic with its figures for the period. */
    @GetMapping("/topics.csv")
    void csv(@ModelAttribute("filter") DashboardFilter filter,
            @RequestParam(name = "source", required = false) String sourceParameter, Locale locale,
            HttpServletResponse response) throws IOException {
        var selection = dashboards.select(filter);
        var period = selection.period();
        var rows = rows(selection, locale, CommentsController.CommentFilter.source(sourceParameter));
        try (var csv = CsvDownload.start(response, "topics-" + period.from() + "-" + period.to() + ".csv",
                "topic", "name", "mentions", "previous_mentions", "change_percent", "negative", "negative_share",
                "nps", "nps_responses", "nps_unreliable")) {
            for (var row : rows) {
                var entry = row.entry();
                csv.row(entry.code(), row.name(), entry.mentions(), entry.previousMentions(), entry.change(),
                        entry.negative(), entry.negativeShare(), entry.nps().score(), entry.nps().responses(),
                        row.npsUnreliable());
            }
        }
    }

    /** The mentions of each topic per week or month, as the small bar charts draw them. */
    @GetMapping("/topics/trend.csv")
    void trendCsv(@ModelAttribute("filter") DashboardFilter filter,
            @RequestParam(name = "source", required = false) String sourceParameter, Locale locale,
            HttpServletResponse response) throws IOException {
        var selection = dashboards.select(filter);
        var period = selection.period();
        var rows = rows(selection, locale, CommentsController.CommentFilter.source(sourceParameter));
        try (var csv = CsvDownload.start(response, "topic-trend-" + period.from() + "-" + period.to() + ".csv",
                "topic", "name", "period", "from", "to", "mentions")) {
            for (var row : rows) {
                for (var point : row.entry().trend()) {
                    csv.row(row.entry().code(), row.name(), point.period(), point.from(), point.to(), point.responses());
                }
            }
        }
    }

    private List<TopicRow> rows(DashboardFilter.Selection selection, Locale locale, CommentSource source) {
        var granularity = Trend.granularityFor(selection.period().days());
        var names = topicNames(topics, locale);
        return voice.topics(selection.metrics(), granularity, source).stream()
                .map(entry -> TopicRow.of(names.getOrDefault(entry.code(), entry.code()), entry)).toList();
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
