package org.cxloop.web.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.cxloop.core.Channel;
import org.cxloop.metrics.Period;
import org.junit.jupiter.api.Test;

class DashboardFilterTests {

    static final LocalDate TODAY = LocalDate.parse("2026-11-23");

    @Test
    void presetsEndTodayAndTheLast30DaysIsTheDefault() {
        assertThat(filter(null, null, null).select(TODAY).period()).isEqualTo(period("2026-10-25", "2026-11-23"));
        assertThat(filter("30d", null, null).select(TODAY).preset()).isEqualTo(PeriodPreset.LAST_30_DAYS);
        assertThat(filter("quarter", null, null).select(TODAY).period()).isEqualTo(period("2026-10-01", "2026-11-23"));
        assertThat(filter("12m", null, null).select(TODAY).period()).isEqualTo(period("2025-12-01", "2026-11-23"));
    }

    @Test
    void datesWithoutAPresetMeanACustomPeriodAndAPresetWinsOverDates() {
        var custom = filter(null, "2026-03-01", "2026-03-31").select(TODAY);
        assertThat(custom.preset()).isEqualTo(PeriodPreset.CUSTOM);
        assertThat(custom.period()).isEqualTo(period("2026-03-01", "2026-03-31"));
        assertThat(filter("quarter", "2026-03-01", "2026-03-31").select(TODAY).period().from()).isEqualTo("2026-10-01");
    }

    @Test
    void fallsBackToTheLast30DaysAndSaysSoForDatesItCannotUse() {
        for (var dates : new String[][] {{"2026-03-31", "2026-03-01"}, {"2026-02-30", "2026-03-01"}, {"2026-03-01", null},
                {"2000-01-01", "2026-01-01"}}) {
            var selection = filter("custom", dates[0], dates[1]).select(TODAY);
            assertThat(selection.problem()).isEqualTo("dashboard.filter.invalidPeriod");
            assertThat(selection.preset()).isEqualTo(PeriodPreset.LAST_30_DAYS);
            assertThat(selection.period()).isEqualTo(period("2026-10-25", "2026-11-23"));
        }
        assertThat(filter("custom", "2026-03-01", "2026-03-31").select(TODAY).problem()).isNull();
    }

    @Test
    void readsTheChannelInAnyCaseAndIgnoresAnUnknownOne() {
        var phone = new DashboardFilter(null, null, null, null, null, "phone", null, null).select(TODAY);
        assertThat(phone.metrics().channel()).isEqualTo(Channel.PHONE);
        var fax = new DashboardFilter(null, null, null, null, null, "FAX", null, null).select(TODAY);
        assertThat(fax.metrics().channel()).isNull();
        assertThat(fax.problem()).isEqualTo("dashboard.filter.invalidChannel");
    }

    @Test
    void linksKeepEveryFilterEncodedAndLeaveOutEmptyOnes() {
        var filter = new DashboardFilter("custom", "2026-03-01", "2026-03-31", " ", "a b", "WEB", "Rock & Roll=1", null);

        assertThat(filter.link("/breakdown", "by", "segment", "sort", null)).isEqualTo(
                "/breakdown?period=custom&from=2026-03-01&to=2026-03-31&touchpoint=a%20b&channel=WEB"
                        + "&segment=Rock%20%26%20Roll%3D1&by=segment");
        assertThat(new DashboardFilter(null, null, null, null, null, null, null, null).link("/")).isEqualTo("/");
    }

    @Test
    void narrowsToOneEntryOfABreakdownKeepingTheOtherFilters() {
        var filter = new DashboardFilter("12m", null, null, "support", null, null, "Families", null);

        assertThat(filter.narrowedTo("touchpoint", "hotline").link("/"))
                .isEqualTo("/?period=12m&stage=support&touchpoint=hotline&segment=Families");
        assertThat(filter.narrowedTo("segment", "Students").segment()).isEqualTo("Students");
        assertThat(filter.narrowedTo("channel", "PHONE").channel()).isEqualTo("PHONE");
        assertThat(filter.narrowedTo("stage", "onboarding").stage()).isEqualTo("onboarding");
    }

    private static DashboardFilter filter(String period, String from, String to) {
        return new DashboardFilter(period, from, to, null, null, null, null, null);
    }

    private static Period period(String from, String to) {
        return new Period(LocalDate.parse(from), LocalDate.parse(to));
    }
}
