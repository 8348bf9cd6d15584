package org.cxloop.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.cxloop.core.Channel;
import org.cxloop.core.InvalidInputException;
import org.cxloop.metrics.BreakdownEntry;
import org.cxloop.metrics.Cohort;
import org.cxloop.metrics.Dimension;
import org.cxloop.metrics.ExpectationGapEntry;
import org.cxloop.metrics.Granularity;
import org.cxloop.metrics.JourneyMetrics;
import org.cxloop.metrics.Metrics;
import org.cxloop.metrics.MetricsFilter;
import org.cxloop.metrics.MetricsOverview;
import org.cxloop.metrics.NpsDrivers;
import org.cxloop.metrics.Period;
import org.cxloop.metrics.TrendMetric;
import org.cxloop.metrics.TrendPoint;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/metrics")
@Tag(name = "Metrics", description = "NPS, CSAT, CES, churn, retention, first-contact resolution and resolution time. "
        + "Dates are inclusive, read in the installation's time zone; figures are unrounded and null without data.")
class MetricsApi {

    private final Metrics metrics;
    private final JourneyMetrics journeyMetrics;

    MetricsApi(Metrics metrics, JourneyMetrics journeyMetrics) {
        this.metrics = metrics;
        this.journeyMetrics = journeyMetrics;
    }

    @GetMapping
    @Operation(summary = "Every figure for a period, with its change since the previous period",
            description = "Survey and interaction figures honour every filter; churn and retention honour segment only.")
    MetricsOverview overview(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String touchpoint, @RequestParam(required = false) String stage,
            @RequestParam(required = false) Channel channel, @RequestParam(required = false) String segment) {
        return metrics.overview(new MetricsFilter(new Period(from, to), touchpoint, stage, channel, segment));
    }

    @GetMapping("/breakdown")
    @Operation(summary = "NPS, CSAT and CES per touchpoint, stage, channel or segment with answers in the period")
    Breakdown breakdown(@Parameter(description = "touchpoint, stage, channel or segment") @RequestParam(required = false) String by,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String touchpoint, @RequestParam(required = false) String stage,
            @RequestParam(required = false) Channel channel, @RequestParam(required = false) String segment) {
        var dimension = oneOf(Dimension.class, "by", by);
        var filter = new MetricsFilter(new Period(from, to), touchpoint, stage, channel, segment);
        return new Breakdown(lowerCase(dimension), filter.period(), metrics.breakdown(dimension, filter));
    }

    @GetMapping("/drivers")
    @Operation(summary = "The touchpoints and stages that pull NPS down most, ranked",
            description = "Impact = the NPS points a touchpoint's or stage's detractors take off the overall score: "
                    + "100 × its detractors / all NPS answers in the filter, i.e. its detractor share weighted by volume.")
    NpsDrivers drivers(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String touchpoint, @RequestParam(required = false) String stage,
            @RequestParam(required = false) Channel channel, @RequestParam(required = false) String segment) {
        return metrics.drivers(new MetricsFilter(new Period(from, to), touchpoint, stage, channel, segment));
    }

    @GetMapping("/timeseries")
    @Operation(summary = "A figure per week or month of the period, in order")
    Timeseries timeseries(@Parameter(description = "nps, csat, ces, churn or retention") @RequestParam(required = false) String metric,
            @Parameter(description = "week or month") @RequestParam(required = false) String granularity,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String touchpoint, @RequestParam(required = false) String stage,
            @RequestParam(required = false) Channel channel, @RequestParam(required = false) String segment) {
        var trendMetric = oneOf(TrendMetric.class, "metric", metric);
        var width = oneOf(Granularity.class, "granularity", granularity);
        var filter = new MetricsFilter(new Period(from, to), touchpoint, stage, channel, segment);
        return new Timeseries(lowerCase(trendMetric), lowerCase(width), metrics.trend(trendMetric, width, filter));
    }

    @GetMapping("/cohorts")
    @Operation(summary = "Customers by the month they joined, with the share still active at the end of each month after")
    Cohorts cohorts(@Parameter(description = "first cohort month, YYYY-MM") @RequestParam(required = false) YearMonth from,
            @Parameter(description = "last month, YYYY-MM") @RequestParam(required = false) YearMonth to,
            @RequestParam(required = false) String segment) {
        return new Cohorts(metrics.cohorts(from, to, segment));
    }

    @GetMapping("/expectation-gaps")
    @Operation(summary = "Perceived against expected CSAT per touchpoint card of the journeys' as-is maps",
            description = "gap = mean perceived CSAT (answers 1-5 in the period) minus the expected CSAT (1-5) set on the "
                    + "card; negative when perception falls below expectation (standing BELOW), otherwise AT_OR_ABOVE; "
                    + "gap null and standing NO_DATA when the card has no CSAT answers or no expected score. Entries in "
                    + "journey, stage and card order.")
    ExpectationGaps expectationGaps(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @Parameter(description = "a journey id; every active journey when absent") @RequestParam(required = false) Long journey) {
        var period = new Period(from, to);
        return new ExpectationGaps(period, journeyMetrics.expectationGaps(period, journey));
    }

    /** The constant of {@code type} named by a request parameter in any case, or a 400 naming the parameter. */
    private static <E extends Enum<E>> E oneOf(Class<E> type, String parameter, String value) {
        var choices = Arrays.stream(type.getEnumConstants()).map(MetricsApi::lowerCase).collect(Collectors.joining(", "));
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(parameter, "metrics.parameter.required",
                    "The parameter '" + parameter + "' is required: one of " + choices + ".");
        }
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equalsIgnoreCase(value.strip())).findFirst()
                .orElseThrow(() -> new InvalidInputException(parameter, "metrics.parameter.unknown",
                        "'" + value + "' is not a valid " + parameter + ": use one of " + choices + "."));
    }

    private static String lowerCase(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    record Breakdown(String by, Period period, List<BreakdownEntry> entries) {
    }

    record Timeseries(String metric, String granularity, List<TrendPoint> points) {
    }

    record Cohorts(List<Cohort> cohorts) {
    }

    record ExpectationGaps(Period period, List<ExpectationGapEntry> entries) {
    }
}
