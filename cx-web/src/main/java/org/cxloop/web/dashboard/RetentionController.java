package org.cxloop.web.dashboard;

import java.time.YearMonth;
import java.util.List;
import org.cxloop.metrics.Metrics;
import org.cxloop.metrics.TrendMetric;
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
        var granularity = Trend.granularityFor(period.days());
        var cohorts = metrics.cohorts(YearMonth.from(period.from()), YearMonth.from(period.to()), selection.metrics().segment())
                .stream().map(CohortRow::of).toList();
        model.addAttribute("installationEmpty", dashboards.installationEmpty());
        model.addAttribute("selection", selection);
        model.addAttribute("options", dashboards.options());
        model.addAttribute("kpis", List.of(
                new Kpi("churn", overview.churn().rate(), null, overview.churn().customersAtStart(), "customers",
                        overview.churnChange(), false, 1, true),
                new Kpi("retention", overview.retention().rate(), null, overview.churn().customersAtStart(), "customers",
                        null, true, 1, true)));
        model.addAttribute("churned", overview.churn().churned());
        model.addAttribute("acquired", overview.retention().acquired());
        model.addAttribute("acquiredAndLost", overview.retention().acquiredAndLost());
        model.addAttribute("customersAtEnd", overview.retention().customersAtEnd());
        model.addAttribute("trend", new Trend("churn", granularity,
                metrics.trend(TrendMetric.CHURN, granularity, selection.metrics()), 1, true));
        model.addAttribute("cohorts", cohorts);
        model.addAttribute("monthsFollowed", cohorts.isEmpty() ? 0 : cohorts.getFirst().cells().size());
        model.addAttribute("hasCustomers", cohorts.stream().anyMatch(c -> c.size() > 0));
        model.addAttribute("overviewLink", filter.link("/"));
        model.addAttribute("breakdownLink", filter.link("/breakdown"));
        model.addAttribute("retentionLink", filter.link("/retention"));
        model.addAttribute("topicsLink", filter.link("/topics"));
        model.addAttribute("commentsLink", filter.link("/comments"));
        return "dashboard/retention";
    }
}
