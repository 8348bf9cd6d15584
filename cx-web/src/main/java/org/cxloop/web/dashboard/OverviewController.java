package org.cxloop.web.dashboard;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.cxloop.core.touchpoint.TouchpointView;
import org.cxloop.metrics.Metrics;
import org.cxloop.metrics.MetricsOverview;
import org.cxloop.metrics.TrendMetric;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The start page: the five KPIs for the chosen period and filters, their trends, the NPS split and its drivers. */
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
        var overview = metrics.overview(selection.metrics());
        var granularity = Trend.granularityFor(selection.period().days());
        model.addAttribute("installationEmpty", false);
        model.addAttribute("selection", selection);
        model.addAttribute("options", options);
        model.addAttribute("overview", overview);
        model.addAttribute("kpis", kpis(overview));
        model.addAttribute("split", NpsSplit.of(overview.nps()));
        model.addAttribute("trends", List.of(
                new Trend("nps", granularity, metrics.trend(TrendMetric.NPS, granularity, selection.metrics()), 0, false),
                new Trend("csat", granularity, metrics.trend(TrendMetric.CSAT, granularity, selection.metrics()), 1, true),
                new Trend("ces", granularity, metrics.trend(TrendMetric.CES, granularity, selection.metrics()), 1, false),
                new Trend("churn", granularity, metrics.trend(TrendMetric.CHURN, granularity, selection.metrics()), 1, true)));
        var names = options.touchpoints().stream().collect(Collectors.toMap(TouchpointView::code, TouchpointView::name));
        var drivers = drivers(selection, names);
        model.addAttribute("drivers", drivers);
        model.addAttribute("driverLinks", drivers.stream().collect(Collectors.toMap(
                DriverRow::code, d -> filter.narrowedTo("touchpoint", d.code()).link("/"), (a, b) -> a)));
        model.addAttribute("overviewLink", filter.link("/"));
        model.addAttribute("breakdownLink", filter.link("/breakdown"));
        model.addAttribute("retentionLink", filter.link("/retention"));
        model.addAttribute("topicsLink", filter.link("/topics"));
        model.addAttribute("commentsLink", filter.link("/comments"));
        return "dashboard/overview";
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
                new Kpi("retention", o.retention().rate(), null, o.churn().customersAtStart(), "customers", null, true, 1, true));
    }
}
