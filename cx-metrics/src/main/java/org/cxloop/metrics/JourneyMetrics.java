package org.cxloop.metrics;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.TreeSet;
import org.cxloop.core.InvalidInputException;
import org.cxloop.core.NotFoundException;
import org.cxloop.journey.map.JourneyMap;
import org.cxloop.journey.map.JourneyMaps;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Live survey figures on journey maps: per touchpoint card and stage column, the emotion curve, and each card's
 * expectation gap. One aggregate query per call, over the touchpoint codes the maps place.
 */
@Service
public class JourneyMetrics {

    /** How many days, up to today, a journey map shows when no period is asked for. */
    public static final int RECENT_DAYS = 90;

    private final TouchpointCounts counts;
    private final JourneyMaps maps;
    private final Clock clock;
    private final ZoneId zone;

    JourneyMetrics(TouchpointCounts counts, JourneyMaps maps, Clock clock, @Value("${cx.time-zone:UTC}") ZoneId zone) {
        this.counts = counts;
        this.maps = maps;
        this.clock = clock;
        this.zone = zone;
    }

    /**
     * The period from {@code from} to {@code to}; a missing {@code to} is today in the installation's zone and a
     * missing {@code from} is {@value #RECENT_DAYS} days up to {@code to}, so no dates means the last 90 days.
     */
    public Period periodOrRecent(LocalDate from, LocalDate to) {
        var end = to != null ? to : clock.instant().atZone(zone).toLocalDate();
        return new Period(from != null ? from : end.minusDays(RECENT_DAYS - 1), end);
    }

    public JourneyMapFigures figures(JourneyMap map, Period period) {
        return JourneyMapFigures.of(map, period, counts.byTouchpoint(period, codes(List.of(map)), zone));
    }

    /**
     * The expectation gap of every touchpoint card on the as-is map of one journey, or of every active journey when
     * {@code journeyId} is null, in journey, stage and card order.
     */
    public List<ExpectationGapEntry> expectationGaps(Period period, Long journeyId) {
        var current = journeyId == null
                ? maps.list(false).stream().map(j -> maps.currentMap(j.id())).toList()
                : List.of(asIs(journeyId));
        var tallies = counts.byTouchpoint(period, codes(current), zone);
        return current.stream().flatMap(map -> JourneyMapFigures.of(map, period, tallies).stages().stream()
                .flatMap(stage -> stage.touchpoints().stream().map(card -> ExpectationGapEntry.of(map.journey().id(),
                        map.journey().name(), stage.code(), card.code(), card.name(), card.gap()))))
                .toList();
    }

    private JourneyMap asIs(long journeyId) {
        try {
            return maps.currentMap(journeyId);
        } catch (NotFoundException e) {
            throw new InvalidInputException("journey", "metrics.journey.unknown", "No journey has the id " + journeyId + ".");
        }
    }

    private static TreeSet<String> codes(List<JourneyMap> maps) {
        var codes = new TreeSet<String>();
        maps.forEach(map -> map.stages().forEach(s -> s.touchpoints().forEach(t -> codes.add(t.code()))));
        return codes;
    }
}
