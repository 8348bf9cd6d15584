package org.cxloop.web.dashboard;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cxloop.core.Channel;
import org.cxloop.core.stage.StageView;
import org.cxloop.core.touchpoint.TouchpointView;
import org.cxloop.metrics.BreakdownEntry;
import org.cxloop.metrics.Dimension;
import org.cxloop.metrics.Metrics;
import org.springframework.context.MessageSource;
import org.cxloop.web.csv.CsvDownload;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/** NPS, CSAT and CES per touchpoint, stage, channel or segment: a sortable table with a chart, and as CSV. */
@Controller
class BreakdownController {

    private final Metrics metrics;
    private final Dashboards dashboards;
    private final MessageSource messages;

    BreakdownController(Metrics metrics, Dashboards dashboards, MessageSource messages) {
        this.metrics = metrics;
        this.dashboards = dashboards;
        this.messages = messages;
    }

    @GetMapping("/breakdown")
    String breakdown(@ModelAttribute("filter") DashboardFilter filter, @RequestParam(required = false) String by,
            @RequestParam(required = false) String sort, @RequestParam(required = false) String dir, Locale locale,
            Model model) {
        var dimension = dimension(by);
        var column = BreakdownSort.fromParam(sort);
        var descending = dir == null ? column.descendingFirst() : dir.equalsIgnoreCase("desc");
        var selection = dashboards.select(filter);
        var options = dashboards.options();
        var rows = column.sort(rows(dimension, selection, options, locale), descending);
        var chosen = param(dimension);
        model.addAttribute("installationEmpty", dashboards.installationEmpty());
        model.addAttribute("selection", selection);
        model.addAttribute("options", options);
        model.addAttribute("by", chosen);
        model.addAttribute("dimensions", Arrays.stream(Dimension.values()).map(BreakdownController::param).toList());
        model.addAttribute("rows", rows);
        model.addAttribute("sort", column.param());
        model.addAttribute("descending", descending);
        model.addAttribute("reliable", BreakdownRow.RELIABLE);
        model.addAttribute("dimensionLinks", Arrays.stream(Dimension.values()).collect(Collectors.toMap(
                BreakdownController::param, d -> filter.link("/breakdown", "by", param(d)), (a, b) -> a, LinkedHashMap::new)));
        model.addAttribute("sortLinks", Arrays.stream(BreakdownSort.values()).collect(Collectors.toMap(BreakdownSort::param,
                s -> filter.link("/breakdown", "by", chosen, "sort", s.param(), "dir", nextDirection(s, column, descending)))));
        model.addAttribute("drillLinks", rows.stream().filter(row -> row.key() != null).collect(Collectors.toMap(
                BreakdownRow::key, row -> filter.narrowedTo(chosen, row.key()).link("/"), (a, b) -> a)));
        var touchpointPages = new HashMap<String, String>();
        if (dimension == Dimension.TOUCHPOINT) {
            var withoutTouchpoint = filter.narrowedTo("touchpoint", null);
            rows.forEach(row -> touchpointPages.put(row.key(), withoutTouchpoint.link("/touchpoints/" + row.key())));
        }
        model.addAttribute("touchpointPages", touchpointPages);
        model.addAttribute("csvLink", filter.link("/breakdown.csv", "by", chosen));
        model.addAttribute("overviewLink", filter.link("/"));
        model.addAttribute("breakdownLink", filter.link("/breakdown", "by", chosen));
        model.addAttribute("retentionLink", filter.link("/retention"));
        model.addAttribute("topicsLink", filter.link("/topics"));
        model.addAttribute("commentsLink", filter.link("/comments"));
        return "dashboard/breakdown";
    }

    @GetMapping("/breakdown.csv")
    void csv(@ModelAttribute("filter") DashboardFilter filter, @RequestParam(required = false) String by, Locale locale,
            HttpServletResponse response) throws IOException {
        var dimension = dimension(by);
        var selection = dashboards.select(filter);
        var rows = BreakdownSort.NAME.sort(rows(dimension, selection, dashboards.options(), locale), false);
        var period = selection.period();
        var out = CsvDownload.open(response, "breakdown-" + param(dimension) + "-" + period.from() + "-" + period.to() + ".csv");
        BreakdownCsv.write(rows, out);
    }

    private List<BreakdownRow> rows(Dimension dimension, DashboardFilter.Selection selection, FilterOptions options,
            Locale locale) {
        Function<BreakdownEntry, String> name = switch (dimension) {
            case TOUCHPOINT -> named(options.touchpoints().stream()
                    .collect(Collectors.toMap(TouchpointView::code, TouchpointView::name)));
            case STAGE -> named(options.stages().stream().collect(Collectors.toMap(StageView::code, StageView::name)));
            case CHANNEL -> e -> messages.getMessage("dashboard.channel." + Channel.valueOf(e.key()).name(), null, locale);
            case SEGMENT -> e -> e.key() != null ? e.key() : messages.getMessage("dashboard.breakdown.noSegment", null, locale);
        };
        return metrics.breakdown(dimension, selection.metrics()).stream()
                .map(e -> new BreakdownRow(e.key(), name.apply(e), e.nps(), e.csat(), e.ces()))
                .toList();
    }

    /** A click on the sorted column turns its order round; a click on another sorts it in its natural first order. */
    private static String nextDirection(BreakdownSort link, BreakdownSort current, boolean descending) {
        var nextDescending = link == current ? !descending : link.descendingFirst();
        return nextDescending ? "desc" : "asc";
    }

    private static Function<BreakdownEntry, String> named(Map<String, String> names) {
        return e -> names.getOrDefault(e.key(), e.key());
    }

    private static Dimension dimension(String by) {
        return Arrays.stream(Dimension.values()).filter(d -> param(d).equalsIgnoreCase(by == null ? "" : by.strip()))
                .findFirst().orElse(Dimension.TOUCHPOINT);
    }

    private static String param(Dimension dimension) {
        return dimension.name().toLowerCase(Locale.ROOT);
    }
}
