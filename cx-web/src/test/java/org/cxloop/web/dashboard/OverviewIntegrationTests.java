package org.cxloop.web.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.regex.Pattern;
import org.cxloop.core.customer.Customers;
import org.cxloop.core.stage.JourneyStages;
import org.cxloop.core.touchpoint.Touchpoints;
import org.cxloop.testsupport.PostgresIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The overview at / on PostgreSQL, over {@link DashboardData}: every figure, each filter, both languages. */
@PostgresIntegrationTest
class OverviewIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JourneyStages stages;
    @Autowired
    Touchpoints touchpoints;
    @Autowired
    Customers customers;
    @Autowired
    JdbcClient jdbc;

    DashboardData data;

    @BeforeEach
    void loadDataSet() {
        data = new DashboardData(stages, touchpoints, customers, jdbc).withMarchAndFebruaryAnswers();
    }

    @Test
    void showsTheFiveKpisWithTheirSamplesMarginsAndChanges() throws Exception {
        var page = page("en", "from", "2026-03-01", "to", "2026-03-31", "segment", data.segment);

        assertThat(page).contains("1 Mar 2026 to 31 Mar 2026, compared with 1 Feb 2026 to 28 Feb 2026");
        var nps = part(page, "id=\"kpi-nps\"", "</article>");
        assertThat(nps).contains(">11<", "± 57", "+111 pts", "significant", "n = 9 responses", "cx-good", "▲");
        var csat = part(page, "id=\"kpi-csat\"", "</article>");
        assertThat(csat).contains(">50.0 %<", "± 49.0", "-50.0 pts", "within noise", "n = 4 responses", "cx-neutral", "▼");
        var ces = part(page, "id=\"kpi-ces\"", "</article>");
        assertThat(ces).contains(">5.0<", "n = 3 responses", "No data before to compare")
                .doesNotContain("±");
        var churn = part(page, "id=\"kpi-churn\"", "</article>");
        assertThat(churn).contains(">50.0 %<", "+30.0 pts", "within noise", "of 4 customers at the start");
        var retention = part(page, "id=\"kpi-retention\"", "</article>");
        assertThat(retention).contains(">50.0 %<", "-30.0 pts", "within noise", "cx-neutral", "▼");
    }

    @Test
    void splitsNpsAnswersAndRanksTheTouchpointsThatPullItDown() throws Exception {
        var page = page("en", "from", "2026-03-01", "to", "2026-03-31", "segment", data.segment);

        var split = part(page, "id=\"nps-split\"", "</section>");
        assertThat(split).contains("Detractors (0–6): 33 % (3)", "Passives (7–8): 22 % (2)", "Promoters (9–10): 44 % (4)");
        var drivers = part(page, "id=\"nps-drivers\"", "</section>");
        // Sign-up: 2 of its 6 answers are detractors, 100 × 2 / 9 = 22.2 points; Hotline 1 of 3, 11.1 points
        assertThat(drivers).contains(">33 %<", "2 of 6", "−22.2", "1 of 3", "−11.1");
        assertThat(drivers.indexOf("Sign-up " + data.run)).isLessThan(drivers.indexOf("Hotline " + data.run));
        // each driver opens the overview of that touchpoint alone, in the same period and segment
        assertThat(drivers).contains("href=\"/?from=2026-03-01&amp;to=2026-03-31&amp;touchpoint=" + data.signup
                + "&amp;segment=" + data.segment + "\"");
    }

    @Test
    void drawsWeeklyTrendsForAMonthAndMonthlyTrendsForAYearWithTheNumbersInATable() throws Exception {
        var month = page("en", "from", "2026-03-01", "to", "2026-03-31", "segment", data.segment);
        assertThat(month).contains("Week by week", "data-cx-chart=\"line\"", "Hollow points rest on fewer than 30 answers");
        var npsWeeks = part(month, "id=\"trend-table-nps\"", "</table>");
        // 1 March 2026 is a Sunday: its week is clipped to one day with one promoter
        assertThat(npsWeeks).contains("data-label=\"1 Mar\" data-value=\"100.0\" data-count=\"1\"", ">2 Mar<", ">30 Mar<");

        var year = page("en", "from", "2025-04-01", "to", "2026-03-31", "segment", data.segment);
        assertThat(year).contains("Month by month");
        var npsMonths = part(year, "id=\"trend-table-nps\"", "</table>");
        assertThat(npsMonths).contains(">Apr 2025<", ">Feb 2026<", "data-value=\"-100.0\"", ">Mar 2026<", ">11<");
        var churnMonths = part(year, "id=\"trend-table-churn\"", "</table>");
        assertThat(churnMonths).contains(">50.0 %<", ">20.0 %<");
    }

    @Test
    void narrowsTheFiguresByTouchpointStageAndChannel() throws Exception {
        var hotline = page("en", "from", "2026-03-01", "to", "2026-03-31", "segment", data.segment, "touchpoint", data.hotline);
        // 10 10 3: 100 × (2 − 1) / 3
        assertThat(part(hotline, "id=\"kpi-nps\"", "</article>")).contains(">33<", "n = 3 responses");
        assertSelected(hotline, data.hotline);

        var support = page("en", "from", "2026-03-01", "to", "2026-03-31", "segment", data.segment, "stage", data.support);
        assertThat(part(support, "id=\"kpi-nps\"", "</article>")).contains(">33<", "n = 3 responses");
        assertSelected(support, data.support);

        var web = page("en", "from", "2026-03-01", "to", "2026-03-31", "segment", data.segment, "channel", "WEB");
        // 10 9 8 7 6 0: 100 × (2 − 2) / 6
        assertThat(part(web, "id=\"kpi-nps\"", "</article>")).contains(">0<", "n = 6 responses");
        assertThat(part(web, "id=\"kpi-csat\"", "</article>")).contains(">66.7 %<", "n = 3 responses");
        // churn and retention follow the segment only
        assertThat(part(web, "id=\"kpi-churn\"", "</article>")).contains(">50.0 %<");
    }

    @Test
    void aSegmentWithoutAnswersShowsDashesAndHowToGetAnswers() throws Exception {
        var page = page("en", "from", "2026-03-01", "to", "2026-03-31", "segment", "nobody-" + data.run);

        assertThat(part(page, "id=\"kpi-nps\"", "</article>")).contains(">—<", "n = 0 responses");
        assertThat(page).contains("No answers in this period and filter yet.").doesNotContain("data-cx-chart");
    }

    @Test
    void presetPeriodsEndTodayAndCountOnlyTheirDays() throws Exception {
        var recent = new DashboardData(stages, touchpoints, customers, jdbc);
        var today = LocalDate.now(ZoneOffset.UTC);
        recent.answer(recent.signup, "NPS", 10, today.minusDays(2).atTime(12, 0).atOffset(ZoneOffset.UTC));
        recent.answer(recent.signup, "NPS", 0, today.minusDays(60).atTime(12, 0).atOffset(ZoneOffset.UTC));

        var days30 = page("en", "period", "30d", "segment", recent.segment);
        assertThat(part(days30, "id=\"kpi-nps\"", "</article>")).contains(">100<", "n = 1 response<");
        assertSelected(days30, "30d");
        assertThat(days30).contains("value=\"" + today + "\"", "value=\"" + today.minusDays(29) + "\"");

        var months12 = page("en", "period", "12m", "segment", recent.segment);
        assertThat(part(months12, "id=\"kpi-nps\"", "</article>")).contains(">0<", "n = 2 responses");
        assertSelected(months12, "12m");
        assertThat(months12).contains("Month by month");

        var quarter = page("en", "period", "quarter", "segment", recent.segment);
        assertSelected(quarter, "quarter");
        assertThat(quarter).contains("Week by week");
    }

    @Test
    void explainsDatesItCannotReadAndShowsTheLast30DaysInstead() throws Exception {
        var page = page("en", "period", "custom", "from", "2026-03-31", "to", "2026-03-01", "segment", data.segment);

        assertThat(page).contains("Those dates could not be read");
        assertSelected(page, "30d");
    }

    @Test
    void keepsTheFiltersInEveryLinkAndSpeaksSpanishWithSpanishNumbers() throws Exception {
        var page = page("es", "from", "2026-03-01", "to", "2026-03-31", "segment", data.segment, "channel", "WEB");

        assertThat(page).contains("<h1>Resumen</h1>", "Del 1 mar 2026 al 31 mar 2026", "Semana a semana");
        assertThat(part(page, "id=\"kpi-csat\"", "</article>")).contains(">66,7 %<", "n = 3 respuestas");
        assertThat(page).contains("href=\"/breakdown?from=2026-03-01&amp;to=2026-03-31&amp;channel=WEB&amp;segment=" + data.segment + "\"");
        assertThat(page).contains("href=\"/?from=2026-03-01&amp;to=2026-03-31&amp;segment=" + data.segment + "&amp;channel=WEB&amp;lang=en\"");
    }

    private String page(String language, String... params) throws Exception {
        var request = get("/").queryParam("lang", language).with(user("manager@example.com").roles("MANAGER"));
        for (int i = 0; i < params.length; i += 2) {
            request = request.queryParam(params[i], params[i + 1]);
        }
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    /** Fails unless the option with this value is the selected one of its list. */
    static void assertSelected(String page, String value) {
        assertThat(page).containsPattern("<option value=\"" + Pattern.quote(value) + "\"\\s+selected=\"selected\"");
    }

    /** The page from the first {@code start} to the next {@code end}, to check one card or table. */
    static String part(String page, String start, String end) {
        var from = page.indexOf(start);
        assertThat(from).as("the page has " + start).isGreaterThanOrEqualTo(0);
        return page.substring(from, page.indexOf(end, from) + end.length());
    }
}
