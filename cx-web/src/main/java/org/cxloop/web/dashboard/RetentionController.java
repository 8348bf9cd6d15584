package org.cxloop.web.dashboard;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.cxloop.metrics.Metrics;
import org.cxloop.metrics.TrendMetric;
import org.cxloop.web.csv.CsvDownload;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Churn and retention for the period and segment, churn over time, and the cohort triangle: customers by the month
 * they joined and the share of them still active each month after. Without a chosen period it shows 12 months.
 */
@Controller
class RetentionController {

    private final Metrics metrics;
    private final Dashboards dashboards;

    RetentionController(Metrics metrics, Dashboards dashboards) {
        this.metrics = metrics;
        this.dashboards = dashboards;
    }

    @GetMapping("/retention")
    String retention(@ModelAttribute("filter") DashboardFilter filter, Model model) {
        var selection = dashboards.select(filter, PeriodPreset.LAST_12_MONTHS);
        var period = selection.period();
        var overview = metrics.customerOverview(selection.metrics());
        var cohorts = cohorts(selection);
        model.addAttribute("installationEmpty", dashboards.installationEmpty());
        model.addAttribute("selection", selection);
        model.addAttribute("options", dashboards.options());
        model.addAttribute("kpis", List.of(
                new Kpi("churn", overview.churn().rate(), null, overview.churn().customersAtStart(), "customers",
                        overview.churnChange(), false, 1, true),
                new Kpi("retention", overview.retention().rate(), null, overview.churn().customersAtStart(), "customers",
                        overview.retentionChange(), true, 1, true)));
        model.addAttribute("churned", overview.churn().churned());
        model.addAttribute("acquired", overview.retention().acquired());
        model.addAttribute("acquiredAndLost", overview.retention().acquiredAndLost());
        model.addAttribute("customersAtEnd", overview.retention().customersAtEnd());
        model.addAttribute("trend", trend(TrendMetric.CHURN, selection));
        model.addAttribute("retentionTrend", trend(TrendMetric.RETENTION, selection));
        model.addAttribute("cohorts", cohorts);
        model.addAttribute("monthsFollowed", cohorts.isEmpty() ? 0 : cohorts.getFirst().cells().size());
        model.addAttribute("hasCustomers", cohorts.stream().anyMatch(c -> c.size() > 0));
        model.addAttribute("churnCsvLink", filter.link("/retention/churn.csv"));
        model.addAttribute("cohortsCsvLink", filter.link("/retention/cohorts.csv"));
        model.addAttribute("overviewLink", filter.link("/"));
        model.addAttribute("breakdownLink", filter.link("/breakdown"));
        model.addAttribute("retentionLink", filter.link("/retention"));
        model.addAttribute("topicsLink", filter.link("/topics"));
        model.addAttribute("commentsLink", filter.link("/comments"));
        return "dashboard/retention";
    }

    /** Churn and retention over time as the page draws them: one row per week or month. */
    @GetMapping("/retention/churn.csv")
    void churnCsv(@ModelAttribute("filter") DashboardFilter filter, HttpServletResponse response) throws IOException {
        var selection = dashboards.select(filter, PeriodPreset.LAST_12_MONTHS);
        var period = selection.period();
        var churn = trend(TrendMetric.CHURN, selection).points();
        var retention = trend(TrendMetric.RETENTION, selection).points();
        try (var csv = CsvDownload.start(response, "churn-" + period.from() + "-" + period.to() + ".csv",
                "period", "from", "to", "churn_rate", "customers_at_start", "retention_rate")) {
            for (int i = 0; i < churn.size(); i++) {
                var point = churn.get(i);
                var kept = retention.get(i);
                if (!Objects.equals(point.period(), kept.period())) {
                    throw new IllegalStateException("churn and retention series disagree at " + point.period());
                }
                csv.row(point.period(), point.from(), point.to(), point.value(), point.responses(), kept.value());
            }
        }
    }

    /** The cohort triangle in long form: one row per cohort and month after joining. */
    @GetMapping("/retention/cohorts.csv")
    void cohortsCsv(@ModelAttribute("filter") DashboardFilter filter, HttpServletResponse response) throws IOException {
        var selection = dashboards.select(filter, PeriodPreset.LAST_12_MONTHS);
        var period = selection.period();
        var cohorts = cohorts(selection);
        try (var csv = CsvDownload.start(response, "cohorts-" + period.from() + "-" + period.to() + ".csv",
                "cohort", "customers", "months_after", "month", "active", "share")) {
            for (var cohort : cohorts) {
                for (var cell : cohort.cells()) {
                    csv.row(cohort.month(), cohort.size(), cell.k(), cohort.month().plusMonths(cell.k()), cell.active(),
                            cell.share());
                }
            }
        }
    }

    private Trend trend(TrendMetric metric, DashboardFilter.Selection selection) {
        var granularity = Trend.granularityFor(selection.period().days());
        return new Trend(metric.name().toLowerCase(Locale.ROOT), granularity,
                metrics.trend(metric, granularity, selection.metrics()), 1, true);
    }

    private List<CohortRow> cohorts(DashboardFilter.Selection selection) {
        var period = selection.period();
        return metrics.cohorts(YearMonth.from(period.from()), YearMonth.from(period.to()), selection.metrics().segment())
                .stream().map(CohortRow::of).toList();
    }
}
