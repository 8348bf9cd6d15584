package org.cxloop.web.dashboard;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.regex.Pattern;
import org.cxloop.core.NotFoundException;
import org.cxloop.core.touchpoint.TouchpointView;
import org.cxloop.core.touchpoint.Touchpoints;
import org.cxloop.metrics.Granularity;
import org.cxloop.metrics.Metrics;
import org.cxloop.metrics.MetricsFilter;
import org.cxloop.metrics.MetricsOverview;
import org.cxloop.survey.campaign.Campaigns;
import org.cxloop.survey.followup.FollowUpCases;
import org.cxloop.survey.response.TouchpointComments;
import org.cxloop.web.csv.CsvDownload;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * One touchpoint: NPS, CSAT and CES for the chosen period with their history week by week or month by month (and as
 * CSV), the latest comments left there, the follow-up cases its answers opened and the campaigns that survey it.
 */
@Controller
class TouchpointPageController {

    /** How many comments and cases the page lists. */
    static final int LATEST = 10;

    /** The most cases the cases CSV holds. */
    static final int CSV_CASES = 5_000;

    /** What a touchpoint code can look like; anything else names no touchpoint and never reaches the database. */
    private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9_-]{0,49}");

    private final Touchpoints touchpoints;
    private final Metrics metrics;
    private final Dashboards dashboards;
    private final TouchpointComments comments;
    private final FollowUpCases cases;
    private final Campaigns campaigns;

    TouchpointPageController(Touchpoints touchpoints, Metrics metrics, Dashboards dashboards, TouchpointComments comments,
            FollowUpCases cases, Campaigns campaigns) {
        this.touchpoints = touchpoints;
        this.metrics = metrics;
        this.dashboards = dashboards;
        this.comments = comments;
        this.cases = cases;
        this.campaigns = campaigns;
    }

    @GetMapping("/touchpoints/{code}")
    String touchpoint(@PathVariable String code, @ModelAttribute("filter") DashboardFilter filter, Model model) {
        var touchpoint = touchpoint(code);
        var selection = dashboards.select(filter);
        var scope = scope(touchpoint, selection);
        var overview = metrics.overview(scope);
        var rows = trend(scope, selection);
        var period = selection.period();
        model.addAttribute("touchpoint", touchpoint);
        model.addAttribute("selection", selection);
        model.addAttribute("options", dashboards.options());
        model.addAttribute("kpis", kpis(overview));
        model.addAttribute("hasAnswers", rows.stream().anyMatch(TouchpointTrendRow::hasAnswers));
        model.addAttribute("weekly", Trend.granularityFor(period.days()) == Granularity.WEEK);
        model.addAttribute("rows", rows);
        model.addAttribute("reliable", BreakdownRow.RELIABLE);
        model.addAttribute("comments", comments.latest(touchpoint.code(), dashboards.startOf(period), dashboards.endOf(period),
                scope.segment(), LATEST));
        model.addAttribute("cases", cases.forTouchpoint(touchpoint.code(), LATEST));
        model.addAttribute("campaigns", campaigns.forTouchpoint(touchpoint.code()));
        var withoutTouchpoint = filter.narrowedTo("touchpoint", null);
        model.addAttribute("csvLink", withoutTouchpoint.link("/touchpoints/" + touchpoint.code() + "/trend.csv"));
        model.addAttribute("kpisCsvLink", withoutTouchpoint.link("/touchpoints/" + touchpoint.code() + "/kpis.csv"));
        model.addAttribute("casesCsvLink", withoutTouchpoint.link("/touchpoints/" + touchpoint.code() + "/cases.csv"));
        model.addAttribute("commentsCsvLink", filter.narrowedTo("touchpoint", touchpoint.code()).link("/comments.csv"));
        model.addAttribute("overviewLink", filter.narrowedTo("touchpoint", touchpoint.code()).link("/"));
        model.addAttribute("breakdownLink", withoutTouchpoint.link("/breakdown", "by", "touchpoint"));
        model.addAttribute("retentionLink", withoutTouchpoint.link("/retention"));
        return "dashboard/touchpoint";
    }

    @GetMapping("/touchpoints/{code}/trend.csv")
    void csv(@PathVariable String code, @ModelAttribute("filter") DashboardFilter filter, HttpServletResponse response)
            throws IOException {
        var touchpoint = touchpoint(code);
        var selection = dashboards.select(filter);
        var rows = trend(scope(touchpoint, selection), selection);
        var period = selection.period();
        var out = CsvDownload.open(response, "touchpoint-" + touchpoint.code() + "-" + period.from() + "-" + period.to() + ".csv");
        TouchpointTrendCsv.write(rows, out);
    }

    /** The KPI cards: each figure with its margin, sample and change since the previous period. */
    @GetMapping("/touchpoints/{code}/kpis.csv")
    void kpisCsv(@PathVariable String code, @ModelAttribute("filter") DashboardFilter filter, HttpServletResponse response)
            throws IOException {
        var touchpoint = touchpoint(code);
        var selection = dashboards.select(filter);
        var period = selection.period();
        var kpis = kpis(metrics.overview(scope(touchpoint, selection)));
        try (var csv = CsvDownload.start(response,
                "touchpoint-" + touchpoint.code() + "-kpis-" + period.from() + "-" + period.to() + ".csv",
                "kpi", "from", "to", "value", "margin_of_error", "n", "previous", "change", "significant")) {
            for (var kpi : kpis) {
                var change = kpi.change();
                csv.row(kpi.name(), period.from(), period.to(), kpi.value(), kpi.marginOfError(), kpi.sampleSize(),
                        change == null ? null : change.previous(), change == null ? null : change.delta(),
                        change == null ? null : change.significant());
            }
        }
    }

    /** The follow-up cases opened on the touchpoint's answers, newest first, like the page's list but all of them. */
    @GetMapping("/touchpoints/{code}/cases.csv")
    void casesCsv(@PathVariable String code, HttpServletResponse response) throws IOException {
        var touchpoint = touchpoint(code);
        var found = cases.forTouchpoint(touchpoint.code(), CSV_CASES);
        try (var csv = CsvDownload.start(response, "touchpoint-" + touchpoint.code() + "-cases.csv",
                "case", "opened_at", "status", "outcome", "customer", "survey_type", "score", "comment", "rule", "owner",
                "due_at", "overdue", "closed_at")) {
            for (var c : found) {
                csv.row(c.id(), c.openedAt(), c.status(), c.outcome(), c.customerExternalId(), c.surveyType(), c.score(),
                        c.comment(), c.ruleName(), c.ownerName(), c.dueAt(), c.overdue(), c.closedAt());
            }
        }
    }

    private TouchpointView touchpoint(String code) {
        if (!CODE.matcher(code).matches()) {
            throw new NotFoundException("No touchpoint has the code '" + code + "'.");
        }
        return touchpoints.find(code).orElseThrow(() -> new NotFoundException("No touchpoint has the code '" + code + "'."));
    }

    /** The selection narrowed to this touchpoint; stage and channel follow from the touchpoint itself. */
    private static MetricsFilter scope(TouchpointView touchpoint, DashboardFilter.Selection selection) {
        var chosen = selection.metrics();
        return new MetricsFilter(chosen.period(), touchpoint.code(), null, null, chosen.segment(), chosen.journeyTouchpoints());
    }

    private List<TouchpointTrendRow> trend(MetricsFilter scope, DashboardFilter.Selection selection) {
        var granularity = Trend.granularityFor(selection.period().days());
        return metrics.scoresOverTime(granularity, scope).stream().map(TouchpointTrendRow::of).toList();
    }

    private static List<Kpi> kpis(MetricsOverview o) {
        var changes = o.changes();
        var ces = o.ces();
        var cesMargin = ces.standardDeviation() == null ? null
                : TouchpointTrendRow.Z95 * ces.standardDeviation() / Math.sqrt(ces.responses());
        return List.of(
                new Kpi("nps", o.nps().score(), o.nps().marginOfError(), o.nps().responses(), "responses", changes.nps(), true, 0, false),
                new Kpi("csat", o.csat().score(), o.csat().marginOfError(), o.csat().responses(), "responses", changes.csat(), true, 1, true),
                new Kpi("ces", ces.average(), cesMargin, ces.responses(), "responses", changes.ces(), true, 1, false));
    }
}
