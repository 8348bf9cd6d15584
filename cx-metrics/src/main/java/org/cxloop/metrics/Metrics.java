package org.cxloop.metrics;

import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.cxloop.core.InvalidInputException;
import org.cxloop.core.stage.JourneyStages;
import org.cxloop.core.touchpoint.Touchpoints;
import org.cxloop.metrics.score.Ces;
import org.cxloop.metrics.score.Csat;
import org.cxloop.metrics.score.Nps;
import org.cxloop.metrics.score.NpsDriver;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * The metrics engine: CX figures for a period and filter, broken down, over time and by cohort. Periods are read in
 * the installation's time zone ({@code cx.time-zone}, UTC by default). Every count happens in SQL.
 */
@Service
public class Metrics {

    /** The most points a time series or cohorts table answers in one call. */
    static final int MAX_POINTS = 200;

    private static final SurveyScores NO_ANSWERS = new SurveyScores(Nps.of(0, 0, 0), Csat.of(0, 0), Ces.of(0, 0, 0, 0));

    private final SurveyCounts surveys;
    private final CustomerCounts customers;
    private final InteractionCounts interactions;
    private final DailyRollups rollups;
    private final Touchpoints touchpoints;
    private final JourneyStages stages;
    private final ZoneId zone;

    Metrics(SurveyCounts surveys, CustomerCounts customers, InteractionCounts interactions, DailyRollups rollups,
            Touchpoints touchpoints, JourneyStages stages, @Value("${cx.time-zone:UTC}") ZoneId zone) {
        this.surveys = surveys;
        this.customers = customers;
        this.interactions = interactions;
        this.rollups = rollups;
        this.touchpoints = touchpoints;
        this.stages = stages;
        this.zone = zone;
    }

    /** Every figure for the filter, and how each moved since the previous period of the same length. */
    public MetricsOverview overview(MetricsFilter filter) {
        check(filter);
        var previous = filter.period().previous();
        return MetricsOverview.of(filter.period(), figures(filter), previous, figures(filter.in(previous)));
    }

    /**
     * Churn and retention for the filter's period and segment, each with its change since the previous period: no
     * survey or interaction counts.
     */
    public CustomerOverview customerOverview(MetricsFilter filter) {
        check(filter);
        var previous = filter.period().previous();
        var now = customers.figures(filter.period(), filter.segment());
        var before = customers.figures(previous, filter.segment());
        return new CustomerOverview(filter.period(), now.churn(), now.retention(), previous,
                now.churn().changeSince(before.churn()), now.churn().retentionChangeSince(before.churn()));
    }

    /** NPS, CSAT and CES per touchpoint, stage, channel or segment that has answers in the filter. */
    public List<BreakdownEntry> breakdown(Dimension by, MetricsFilter filter) {
        check(filter);
        return surveys.by(by, responses(filter));
    }

    /**
     * The touchpoints and the stages that pull NPS down most, each ranked by the NPS points its detractors take off
     * the overall score (detractor share weighted by answer volume); those without NPS answers are left out.
     */
    public NpsDrivers drivers(MetricsFilter filter) {
        check(filter);
        var counts = surveys.npsByTouchpoint(responses(filter));
        var allResponses = counts.stream().mapToLong(SurveyCounts.NpsCounts::responses).sum();
        Map<String, long[]> byTouchpoint = new HashMap<>();
        Map<String, long[]> byStage = new HashMap<>();
        for (var c : counts) {
            add(byTouchpoint, c.touchpoint(), c);
            add(byStage, c.stage(), c);
        }
        return new NpsDrivers(ranked(byTouchpoint, allResponses), ranked(byStage, allResponses));
    }

    private static void add(Map<String, long[]> totals, String key, SurveyCounts.NpsCounts counts) {
        var total = totals.computeIfAbsent(key, k -> new long[2]);
        total[0] += counts.detractors();
        total[1] += counts.responses();
    }

    /** Detractors and NPS answers per key, ranked; keys without NPS answers are left out. */
    private static List<NpsDriver> ranked(Map<String, long[]> detractorsAndResponses, long allResponses) {
        return detractorsAndResponses.entrySet().stream()
                .filter(e -> e.getValue()[1] > 0)
                .map(e -> NpsDriver.of(e.getKey(), e.getValue()[0], e.getValue()[1], allResponses))
                .sorted(Comparator.comparing(NpsDriver::impact).reversed().thenComparing(NpsDriver::key))
                .toList();
    }

    /** One point per week or month of the filter's period, in order, the first and last clipped to the period. */
    public List<TrendPoint> trend(TrendMetric metric, Granularity granularity, MetricsFilter filter) {
        check(filter);
        if (metric == TrendMetric.CHURN || metric == TrendMetric.RETENTION) {
            var parts = parts(granularity, filter);
            var figures = customers.byPart(parts, filter.segment());
            return IntStream.range(0, parts.size()).mapToObj(i -> {
                var part = figures.get(i);
                var rate = metric == TrendMetric.CHURN ? part.churn().rate() : part.retentionRate();
                return new TrendPoint(parts.get(i).label(granularity), parts.get(i).from(), parts.get(i).to(), rate,
                        part.churn().customersAtStart());
            }).toList();
        }
        return scoresOverTime(granularity, filter).stream().map(point -> {
            var scores = point.scores();
            return switch (metric) {
                case NPS -> new TrendPoint(point.period(), point.from(), point.to(), scores.nps().score(), scores.nps().responses());
                case CSAT -> new TrendPoint(point.period(), point.from(), point.to(), scores.csat().score(), scores.csat().responses());
                case CES -> new TrendPoint(point.period(), point.from(), point.to(), scores.ces().average(), scores.ces().responses());
                case CHURN, RETENTION -> throw new IllegalStateException("customer figures are answered above");
            };
        }).toList();
    }

    /**
     * NPS, CSAT and CES per week or month of the filter's period, in order, the first and last clipped to the period,
     * all three from one query: what a touchpoint's history shows with sample sizes and margins of error.
     */
    public List<ScoresPoint> scoresOverTime(Granularity granularity, MetricsFilter filter) {
        check(filter);
        var parts = parts(granularity, filter);
        var scope = responses(filter);
        var boundaries = parts.stream().skip(1).map(part -> scope.daily() ? part.from() : part.startIn(zone)).toList();
        var byPart = surveys.byPart(scope, boundaries);
        return IntStream.range(0, parts.size()).mapToObj(i -> new ScoresPoint(parts.get(i).label(granularity),
                parts.get(i).from(), parts.get(i).to(), byPart.getOrDefault(i, NO_ANSWERS))).toList();
    }

    private List<Period> parts(Granularity granularity, MetricsFilter filter) {
        var parts = filter.period().split(granularity);
        if (parts.size() > MAX_POINTS) {
            throw new InvalidInputException("granularity", "metrics.trend.tooLong", "A time series has at most "
                    + MAX_POINTS + " points; this period has " + parts.size() + ". Choose a shorter period or a wider granularity.");
        }
        return parts;
    }

    /**
     * One cohort per month from {@code from} to {@code to} (empty ones too, with size 0), each with the share still
     * active at the end of every month from its own up to {@code to}.
     */
    public List<Cohort> cohorts(YearMonth from, YearMonth to, String segment) {
        if (from == null || to == null) {
            throw new InvalidInputException(from == null ? "from" : "to", "metrics.cohorts.required",
                    "Cohorts need a first and a last month, such as from=2026-01&to=2026-06.");
        }
        if (from.isAfter(to)) {
            throw new InvalidInputException("from", "metrics.period.order",
                    "The first month 'from' (" + from + ") is after the last month 'to' (" + to + ").");
        }
        var span = ChronoUnit.MONTHS.between(from, to) + 1;
        if (span > MAX_POINTS) {
            throw new InvalidInputException("from", "metrics.cohorts.tooLong",
                    "Cohorts cover at most " + MAX_POINTS + " months; this asks for " + span + ".");
        }
        var joined = customers.joinedByChurnMonth(from, to, segment == null || segment.isBlank() ? null : segment.strip());
        var cohorts = new ArrayList<Cohort>();
        for (var month = from; !month.isAfter(to); month = month.plusMonths(1)) {
            cohorts.add(Cohort.of(month, to, joined.getOrDefault(month, Map.of())));
        }
        return cohorts;
    }

    private MetricsOverview.Figures figures(MetricsFilter filter) {
        var daily = rollups.current();
        return new MetricsOverview.Figures(
                surveys.total(daily ? EventScope.responseDays(filter) : EventScope.responses(filter, zone)),
                customers.figures(filter.period(), filter.segment()),
                interactions.figures(daily ? EventScope.interactionDays(filter) : EventScope.interactions(filter, zone)));
    }

    /** Survey answers from their daily rollup when it is current (periods are whole days), else row by row. */
    private EventScope responses(MetricsFilter filter) {
        return rollups.current() ? EventScope.responseDays(filter) : EventScope.responses(filter, zone);
    }

    private void check(MetricsFilter filter) {
        if (filter.touchpoint() != null && touchpoints.find(filter.touchpoint()).isEmpty()) {
            throw new InvalidInputException("touchpoint", "metrics.touchpoint.unknown",
                    "No touchpoint has the code '" + filter.touchpoint() + "'.");
        }
        if (filter.stage() != null && stages.find(filter.stage()).isEmpty()) {
            throw new InvalidInputException("stage", "metrics.stage.unknown",
                    "No journey stage has the code '" + filter.stage() + "'.");
        }
    }
}
