package org.cxloop.web.dashboard;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.cxloop.core.Channel;
import org.cxloop.metrics.MetricsFilter;
import org.cxloop.metrics.Period;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The filters every dashboard page shares, exactly as they arrive in the URL, so a view can be bookmarked and sent:
 * a period preset ({@code 30d}, {@code quarter}, {@code 12m}) or {@code custom} with {@code from} and {@code to}, and
 * optionally a stage, touchpoint, channel and segment, and a journey (its id) whose as-is map limits the touchpoints.
 * Dates without a preset mean a custom period.
 */
public record DashboardFilter(String period, String from, String to, String stage, String touchpoint, String channel,
        String segment, String journey) {

    /** The longest custom period, about ten years, so a trend stays within the engine's 200 points. */
    static final long MAX_DAYS = 3660;

    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

    public DashboardFilter {
        period = blankToNull(period);
        from = blankToNull(from);
        to = blankToNull(to);
        stage = blankToNull(stage);
        touchpoint = blankToNull(touchpoint);
        channel = blankToNull(channel);
        segment = blankToNull(segment);
        journey = blankToNull(journey);
    }

    /** The journey's id, or null when none is chosen or the value is not an id. */
    Long journeyId() {
        if (journey == null || journey.length() > 18 || !journey.chars().allMatch(Character::isDigit)) {
            return null;
        }
        return Long.valueOf(journey);
    }

    /**
     * What the filter selects when today is {@code today}. Dates or a channel that cannot be read fall back to the
     * last 30 days or any channel, and the selection says so, rather than failing the page.
     */
    Selection select(LocalDate today) {
        return select(today, PeriodPreset.LAST_30_DAYS);
    }

    /** As {@link #select(LocalDate)}, with {@code fallback} as the period when the URL names none. */
    Selection select(LocalDate today, PeriodPreset fallback) {
        String problem = null;
        var preset = PeriodPreset.fromParam(period)
                .orElse(from != null || to != null ? PeriodPreset.CUSTOM : fallback);
        Period chosen = null;
        if (preset == PeriodPreset.CUSTOM) {
            chosen = customPeriod();
            if (chosen == null) {
                problem = "dashboard.filter.invalidPeriod";
                preset = fallback;
            }
        }
        if (chosen == null) {
            chosen = preset.periodEnding(today);
        }
        var chosenChannel = channel == null ? null
                : Arrays.stream(Channel.values()).filter(c -> c.name().equalsIgnoreCase(channel)).findFirst().orElse(null);
        if (channel != null && chosenChannel == null) {
            problem = "dashboard.filter.invalidChannel";
        }
        return new Selection(preset, new MetricsFilter(chosen, touchpoint, stage, chosenChannel, segment),
                problem == null ? List.of() : List.of(problem));
    }

    /** The same filter narrowed to one stage, touchpoint, channel, segment or journey (named as in the URL). */
    DashboardFilter narrowedTo(String parameter, String value) {
        return switch (parameter) {
            case "stage" -> new DashboardFilter(period, from, to, value, touchpoint, channel, segment, journey);
            case "touchpoint" -> new DashboardFilter(period, from, to, stage, value, channel, segment, journey);
            case "channel" -> new DashboardFilter(period, from, to, stage, touchpoint, value, segment, journey);
            case "segment" -> new DashboardFilter(period, from, to, stage, touchpoint, channel, value, journey);
            case "journey" -> new DashboardFilter(period, from, to, stage, touchpoint, channel, segment, value);
            default -> throw new IllegalArgumentException("No filter is called " + parameter);
        };
    }

    /**
     * A link to {@code path} with this filter's parameters and then the {@code extra} name-value pairs, the empty
     * ones left out.
     */
    String link(String path, String... extra) {
        var values = new LinkedHashMap<String, String>();
        values.put("period", period);
        values.put("from", from);
        values.put("to", to);
        values.put("stage", stage);
        values.put("touchpoint", touchpoint);
        values.put("channel", channel);
        values.put("segment", segment);
        values.put("journey", journey);
        for (int i = 0; i < extra.length; i += 2) {
            values.put(extra[i], extra[i + 1]);
        }
        values.values().removeIf(Objects::isNull);
        var builder = UriComponentsBuilder.fromPath(path);
        values.keySet().forEach(name -> builder.queryParam(name, "{" + name + "}"));
        return builder.encode().buildAndExpand(values).toUriString();
    }

    private Period customPeriod() {
        try {
            var start = LocalDate.parse(from);
            var end = LocalDate.parse(to);
            if (start.isAfter(end) || end.toEpochDay() - start.toEpochDay() >= MAX_DAYS) {
                return null;
            }
            return new Period(start, end);
        } catch (DateTimeParseException | NullPointerException e) {
            return null;
        }
    }

    /** Blank means no filter; control characters (a NUL would make the database refuse the query) are dropped. */
    private static String blankToNull(String value) {
        if (value == null) {
            return null;
        }
        var printable = CONTROL.matcher(value).replaceAll("");
        return printable.isBlank() ? null : printable.strip();
    }

    /**
     * The period and filter a page shows, the preset it came from, and the message codes of the filters that could not
     * be read or named nothing known (empty when all could).
     */
    public record Selection(PeriodPreset preset, MetricsFilter metrics, List<String> problems) {

        public Selection {
            problems = List.copyOf(problems);
        }

        /** The first filter that could not be read, or null. */
        public String problem() {
            return problems.isEmpty() ? null : problems.getFirst();
        }

        /** The same selection limited to a journey's touchpoints. */
        Selection within(Set<String> journeyTouchpoints) {
            return new Selection(preset, metrics.within(journeyTouchpoints), problems);
        }

        /** The same selection, noting a filter that could not be read. */
        Selection withProblem(String code) {
            var all = new ArrayList<>(problems);
            all.add(code);
            return new Selection(preset, metrics, all);
        }

        /** The same selection without the stage or touchpoint filter the URL named, which is not known (any longer). */
        Selection ignoring(String parameter, String code) {
            var m = metrics;
            var narrowed = switch (parameter) {
                case "stage" -> new MetricsFilter(m.period(), m.touchpoint(), null, m.channel(), m.segment(), m.journeyTouchpoints());
                case "touchpoint" -> new MetricsFilter(m.period(), null, m.stage(), m.channel(), m.segment(), m.journeyTouchpoints());
                default -> throw new IllegalArgumentException("No filter is called " + parameter);
            };
            return new Selection(preset, narrowed, problems).withProblem(code);
        }

        public Period period() {
            return metrics.period();
        }
    }
}
