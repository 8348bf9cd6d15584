package org.cxloop.web.dashboard;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
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
import org.springframework.http.ContentDisposition;
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
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", ContentDisposition.attachment()
                .filename("touchpoint-" + touchpoint.code() + "-" + period.from() + "-" + period.to() + ".csv")
                .build().toString());
        var out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        out.write('\uFEFF'); // lets spreadsheet programs read the file as UTF-8
        TouchpointTrendCsv.write(rows, out);
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
