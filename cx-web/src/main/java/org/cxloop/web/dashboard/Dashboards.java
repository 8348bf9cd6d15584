package org.cxloop.web.dashboard;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import org.cxloop.core.Channel;
import org.cxloop.core.NotFoundException;
import org.cxloop.core.customer.Customers;
import org.cxloop.core.stage.JourneyStages;
import org.cxloop.core.touchpoint.Touchpoints;
import org.cxloop.journey.map.JourneyMaps;
import org.cxloop.metrics.Period;
import org.cxloop.survey.response.Responses;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * What every dashboard page needs besides its figures: today's date in the installation's time zone (the one metric
 * periods are read in), the choices of the filter bar, and whether the installation holds any data yet.
 */
@Component
class Dashboards {

    private final Clock clock;
    private final ZoneId zone;
    private final JourneyStages stages;
    private final Touchpoints touchpoints;
    private final Customers customers;
    private final Responses responses;
    private final JourneyMaps maps;

    Dashboards(Clock clock, @Value("${cx.time-zone:UTC}") ZoneId zone, JourneyStages stages, Touchpoints touchpoints,
            Customers customers, Responses responses, JourneyMaps maps) {
        this.maps = maps;
        this.clock = clock;
        this.zone = zone;
        this.stages = stages;
        this.touchpoints = touchpoints;
        this.customers = customers;
        this.responses = responses;
    }

    DashboardFilter.Selection select(DashboardFilter filter) {
        return select(filter, PeriodPreset.LAST_30_DAYS);
    }

    /** The filter's selection, with {@code fallback} as the period when the URL names none. */
    DashboardFilter.Selection select(DashboardFilter filter, PeriodPreset fallback) {
        var selection = known(filter.select(clock.instant().atZone(zone).toLocalDate(), fallback));
        if (filter.journey() == null) {
            return selection;
        }
        var id = filter.journeyId();
        if (id == null) {
            return selection.withProblem("dashboard.filter.invalidJourney");
        }
        try {
            var codes = new HashSet<String>();
            maps.currentMap(id).stages().forEach(stage -> stage.touchpoints().forEach(card -> codes.add(card.code())));
            return selection.within(codes);
        } catch (NotFoundException e) {
            return selection.withProblem("dashboard.filter.invalidJourney");
        }
    }

    /**
     * The selection without a stage or touchpoint code that names nothing (a stale bookmark, a renamed code): the page
     * shows every stage or touchpoint and a notice instead of failing.
     */
    private DashboardFilter.Selection known(DashboardFilter.Selection selection) {
        var chosen = selection.metrics();
        if (chosen.stage() != null && (chosen.stage().length() > 50 || stages.find(chosen.stage()).isEmpty())) {
            selection = selection.ignoring("stage", "dashboard.filter.unknownStage");
        }
        if (chosen.touchpoint() != null && (chosen.touchpoint().length() > 50 || touchpoints.find(chosen.touchpoint()).isEmpty())) {
            selection = selection.ignoring("touchpoint", "dashboard.filter.unknownTouchpoint");
        }
        return selection;
    }

    FilterOptions options() {
        return new FilterOptions(stages.list(), touchpoints.list(), List.of(Channel.values()), customers.segments(),
                List.of(PeriodPreset.values()), maps.list(false));
    }

    /** The first instant of the period in the installation's time zone. */
    Instant startOf(Period period) {
        return period.from().atStartOfDay(zone).toInstant();
    }

    /** The first instant after the period in the installation's time zone. */
    Instant endOf(Period period) {
        return period.to().plusDays(1).atStartOfDay(zone).toInstant();
    }

    /** True before the first customer or answer arrives: pages then explain how to start instead of showing zeros. */
    boolean installationEmpty() {
        return responses.count() == 0 && customers.count() == 0;
    }
}
