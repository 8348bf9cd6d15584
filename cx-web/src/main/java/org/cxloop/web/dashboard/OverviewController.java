package org.cxloop.web.dashboard;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.cxloop.core.touchpoint.TouchpointView;
import org.cxloop.metrics.Metrics;
import org.cxloop.metrics.MetricsOverview;
import org.cxloop.metrics.TrendMetric;
import org.cxloop.web.csv.CsvDownload;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The start page: the five KPIs for the chosen period and filters, their trends, the NPS split and its drivers; the
 * same as CSV.
 */
@Controller
class OverviewController {

    /** How many touchpoints the drivers list shows. */
    static final int DRIVERS = 5;

    private final Metrics metrics;
    private final Dashboards dashboards;

    OverviewController(Metrics metrics, Dashboards dashboards) {
        this.metrics = metrics;
        this.dashboards = dashboards;
    }

    @GetMapping("/")
    String overview(@ModelAttribute("filter") DashboardFilter filter, Model model) {
        if (dashboards.installationEmpty()) {
            model.addAttribute("installationEmpty", true);
            return "dashboard/overview";
        }
        var selection = dashboards.select(filter);
        var options = dashboards.options();
        var figures = figures(selection, options);
        var drivers = figures.drivers();
        model.addAttribute("installationEmpty", false);
        model.addAttribute("selection", selection);
        model.addAttribute("options", options);
        model.addAttribute("overview", figures.overview());
        model.addAttribute("kpis", figures.kpis());
        model.addAttribute("split", figures.split());
        model.addAttribute("trends", figures.trends());
        model.addAttribute("drivers", drivers);
        model.addAttribute("driverLinks", drivers.stream().collect(Collectors.toMap(
                DriverRow::code, d -> filter.narrowedTo("touchpoint", d.code()).link("/"), (a, b) -> a)));
        var withoutTouchpoint = filter.narrowedTo("touchpoint", null);
        model.addAttribute("driverPages", drivers.stream().collect(Collectors.toMap(
                DriverRow::code, d -> withoutTouchpoint.link("/touchpoints/" + d.code()), (a, b) -> a)));
        model.addAttribute("chosenFilters", chosenFilters(filter, selection, options));
        model.addAttribute("csvLink", filter.link("/overview.csv"));
        model.addAttribute("overviewLink", filter.link("/"));
        model.addAttribute("breakdownLink", filter.link("/breakdown"));
        model.addAttribute("retentionLink", filter.link("/retention"));
        model.addAttribute("topicsLink", filter.link("/topics"));
        model.addAttribute("commentsLink", filter.link("/comments"));
        return "dashboard/overview";
    }

    /** The overview's KPIs, NPS split, trends and drivers as one CSV, for the same filters. */
    @GetMapping("/overview.csv")
    void csv(@ModelAttribute("filter") DashboardFilter filter, HttpServletResponse response) throws IOException {
        var selection = dashboards.select(filter);
        var figures = figures(selection, dashboards.options());
        var period = selection.period();
        var out = CsvDownload.open(response, "overview-" + period.from() + "-" + period.to() + ".csv");
        OverviewCsv.write(period, figures.kpis(), figures.split(), figures.trends(), figures.drivers(), out);
    }

    private Figures figures(DashboardFilter.Selection selection, FilterOptions options) {
        var overview = metrics.overview(selection.metrics());
        var granularity = Trend.granularityFor(selection.period().days());
        var trends = List.of(
                new Trend("nps", granularity, metrics.trend(TrendMetric.NPS, granularity, selection.metrics()), 0, false),
                new Trend("csat", granularity, metrics.trend(TrendMetric.CSAT, granularity, selection.metrics()), 1, true),
                new Trend("ces", granularity, metrics.trend(TrendMetric.CES, granularity, selection.metrics()), 1, false),
                new Trend("churn", granularity, metrics.trend(TrendMetric.CHURN, granularity, selection.metrics()), 1, true));
        var names = options.touchpoints().stream().collect(Collectors.toMap(TouchpointView::code, TouchpointView::name));
        return new Figures(overview, kpis(overview), NpsSplit.of(overview.nps()), trends, drivers(selection, names));
    }

    /** The filters besides the period that narrow the page, by URL name, each with what the reader calls it. */
    private static Map<String, String> chosenFilters(DashboardFilter filter, DashboardFilter.Selection selection,
            FilterOptions options) {
        var chosen = new LinkedHashMap<String, String>();
        if (filter.journey() != null && selection.metrics().journeyTouchpoints() != null) {
            options.journeys().stream().filter(j -> String.valueOf(j.id()).equals(filter.journey())).findFirst()
                    .ifPresent(j -> chosen.put("journey", j.name()));
        }
        options.stages().stream().filter(s -> s.code().equals(filter.stage())).findFirst()
                .ifPresent(s -> chosen.put("stage", s.name()));
        options.touchpoints().stream().filter(t -> t.code().equals(filter.touchpoint())).findFirst()
                .ifPresent(t -> chosen.put("touchpoint", t.name()));
        if (selection.metrics().channel() != null) {
            chosen.put("channel", selection.metrics().channel().name());
        }
        if (filter.segment() != null) {
            chosen.put("segment", filter.segment());
        }
        return chosen;
    }

    private record Figures(MetricsOverview overview, List<Kpi> kpis, NpsSplit split, List<Trend> trends,
            List<DriverRow> drivers) {
    }

    private List<DriverRow> drivers(DashboardFilter.Selection selection, Map<String, String> names) {
        return metrics.drivers(selection.metrics()).touchpoints().stream()
                .filter(d -> d.impact() != null && d.impact() > 0)
                .limit(DRIVERS)
                .map(d -> DriverRow.of(d, names.getOrDefault(d.key(), d.key())))
                .toList();
    }

    private static List<Kpi> kpis(MetricsOverview o) {
        var changes = o.changes();
        return List.of(
                new Kpi("nps", o.nps().score(), o.nps().marginOfError(), o.nps().responses(), "responses", changes.nps(), true, 0, false),
                new Kpi("csat", o.csat().score(), o.csat().marginOfError(), o.csat().responses(), "responses", changes.csat(), true, 1, true),
                new Kpi("ces", o.ces().average(), null, o.ces().responses(), "responses", changes.ces(), true, 1, false),
                new Kpi("churn", o.churn().rate(), null, o.churn().customersAtStart(), "customers", changes.churn(), false, 1, true),
                new Kpi("retention", o.retention().rate(), null, o.churn().customersAtStart(), "customers", changes.retention(), true, 1,
                        true));
    }
}
