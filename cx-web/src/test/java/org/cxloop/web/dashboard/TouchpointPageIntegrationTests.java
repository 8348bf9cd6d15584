package org.cxloop.web.dashboard;

import static org.cxloop.testsupport.CsvDownloads.csv;
import static org.assertj.core.api.Assertions.assertThat;
import static org.cxloop.web.dashboard.OverviewIntegrationTests.part;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.cxloop.core.customer.CustomerDetails;
import org.cxloop.core.customer.Customers;
import org.cxloop.core.stage.JourneyStages;
import org.cxloop.core.touchpoint.Touchpoints;
import org.cxloop.testsupport.PostgresIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The touchpoint page and its CSV on PostgreSQL, over {@link DashboardData} in March 2026. */
@PostgresIntegrationTest
class TouchpointPageIntegrationTests {

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
    void showsTheTouchpointsKpisWithSamplesAndMarginsAndItsHistoryWeekByWeek() throws Exception {
        var page = page("/touchpoints/" + data.signup);

        assertThat(page).contains("<h1>Sign-up " + data.run + "</h1>", "Onboarding " + data.run + " · Web");
        // NPS 10 9 8 7 6 0: 0 ± 65.3 (n = 6); CSAT 5 4 2: 66.7 % ± 53.3; CES 7 3: 5.0 ± 1.96 × 2.83 / √2 = 3.9
        var nps = part(page, "id=\"kpi-nps\"", "</article>");
        assertThat(nps).contains(">0<", "± 65", "n = 6 responses");
        assertThat(part(page, "id=\"kpi-csat\"", "</article>")).contains("66.7 %", "± 53.3", "n = 3 responses");
        assertThat(part(page, "id=\"kpi-ces\"", "</article>")).contains("5.0", "± 3.9", "n = 2 responses");
        // February had NPS 0 0 at Sign-up: −100, so +100 points
        assertThat(nps).contains("+100 pts");

        var table = part(page, "id=\"touchpoint-trend-table\"", "</table>");
        assertThat(part(table, "data-label=\"2 Mar\"", ">")).contains("data-nps=\"100.0\"", "data-nps-count=\"1\"",
                "data-csat-count=\"3\"", "data-ces=\"7.0\"");
        // the Hotline's answers stay out
        assertThat(table).doesNotContain("data-label=\"16 Mar\" data-nps=\"-100");
        assertThat(page).contains("data-cx-field=\"nps\"", "data-cx-field=\"csat\"", "data-cx-field=\"ces\"",
                "data-cx-table=\"touchpoint-trend-table\"");
        assertThat(page).doesNotContain("id=\"touchpoint-empty\"");
    }

    @Test
    void exportsItsHistoryAsCsv() throws Exception {
        var csv = mvc.perform(request("/touchpoints/" + data.signup + "/trend.csv"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
                .andExpect(header().string("Content-Disposition",
                        "attachment; filename=\"touchpoint-" + data.signup + "-2026-03-01-2026-03-31.csv\""))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFperiod,from,to,nps,nps_margin_of_error,nps_responses,csat,csat_margin_of_error,"
                + "csat_responses,ces,ces_margin_of_error,ces_responses\r\n");
        // week 10: NPS 9, CSAT 5 4 2 (66.67 % ± 53.34), CES 7 (one answer: no margin)
        assertThat(csv).contains("2026-W10,2026-03-02,2026-03-08,100.00,0.00,1,66.67,53.34,3,7.00,,1\r\n");
        assertThat(csv).contains("2026-W09,2026-03-01,2026-03-01,100.00,0.00,1,,,0,,,0\r\n");
        assertThat(csv.lines()).hasSize(7);
    }

    @Test
    void quotesTheLatestCommentsOfThePeriodWithTheirCustomer() throws Exception {
        comment(data.signup, 3, "Too many forms " + data.run, "2026-03-20T10:00:00Z");
        comment(data.signup, 9, "Quick and easy " + data.run, "2026-03-25T10:00:00Z");
        comment(data.signup, 2, "Outside the period " + data.run, "2026-04-02T10:00:00Z");
        comment(data.hotline, 2, "Another touchpoint " + data.run, "2026-03-21T10:00:00Z");

        var comments = part(page("/touchpoints/" + data.signup), "id=\"touchpoint-comments\"", "</section>");

        assertThat(comments).contains("Too many forms " + data.run, "Quick and easy " + data.run, "NPS 3", "NPS 9",
                "href=\"/customers/" + data.run + "-c1\"", "25 Mar 2026");
        assertThat(comments.indexOf("Quick and easy")).isLessThan(comments.indexOf("Too many forms"));
        assertThat(comments).doesNotContain("Outside the period", "Another touchpoint");
    }

    @Test
    void listsTheFollowUpCasesItsAnswersOpenedAndTheCampaignsThatSurveyIt() throws Exception {
        var response = comment(data.signup, 1, "Never again " + data.run, "2026-03-22T10:00:00Z");
        var caseId = jdbc.sql("""
                        insert into follow_up_case (response_id, customer_id, touchpoint_id, rule_name, status, sla_hours,
                            opened_at, due_at)
                        values (?, ?, ?, 'Detractors', 'CONTACTED', 24, ?, ?) returning id""")
                .params(response, data.loyal, touchpoints.get(data.signup).id(), OffsetDateTime.parse("2026-03-22T10:00:00Z"),
                        OffsetDateTime.parse("2026-03-23T10:00:00Z"))
                .query(Long.class).single();
        var survey = jdbc.sql("""
                        insert into survey (name, survey_type, question_en, question_es, comment_prompt_en, comment_prompt_es, created_at)
                        values (?, 'NPS', 'Q', 'P', 'Why?', '¿Por qué?', now()) returning id""")
                .param("Survey " + data.run).query(Long.class).single();
        jdbc.sql("""
                        insert into campaign (name, survey_id, touchpoint_id, audience, status, created_at)
                        values (?, ?, ?, 'EVERYONE', 'DRAFT', now())""")
                .params("Spring check " + data.run, survey, touchpoints.get(data.signup).id()).update();

        var page = page("/touchpoints/" + data.signup);

        assertThat(part(page, "id=\"touchpoint-cases\"", "</section>"))
                .contains("href=\"/cases/" + caseId + "\"", ">c1<", "Contacted", "NPS 1, opened 22 Mar 2026");
        assertThat(part(page, "id=\"touchpoint-campaigns\"", "</section>"))
                .contains("Spring check " + data.run, "Draft, not launched yet");
        assertThat(part(page("/touchpoints/" + data.hotline), "id=\"touchpoint-campaigns\"", "</section>"))
                .doesNotContain("Spring check " + data.run).contains("No campaign surveys this touchpoint yet.");
    }

    @Test
    void aTouchpointWithoutAnswersInThePeriodExplainsHowToGetSomeInsteadOfABlankChart() throws Exception {
        var page = mvc.perform(request("/touchpoints/" + data.hotline).queryParam("from", "2026-01-01")
                        .queryParam("to", "2026-01-31"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(page).contains("id=\"touchpoint-empty\"", "No answers at this touchpoint in this period",
                "href=\"/surveys\"", "No comments left here in this period.");
        assertThat(page).doesNotContain("<canvas", "touchpoint-trend-table", "chart.umd.min.js", "Download CSV");
    }

    @Test
    void honoursTheSegmentFilter() throws Exception {
        customers.save(data.run + "-other", new CustomerDetails("Other", null, null, "other-" + data.run,
                LocalDate.parse("2025-01-01"), null, false, false));
        var page = mvc.perform(get("/touchpoints/" + data.signup).queryParam("lang", "en").queryParam("from", "2026-03-01")
                        .queryParam("to", "2026-03-31").queryParam("segment", "other-" + data.run)
                        .with(user("manager@example.com").roles("MANAGER")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("id=\"touchpoint-empty\"");
    }

    @Test
    void answersNotFoundForAnUnknownTouchpoint() throws Exception {
        mvc.perform(request("/touchpoints/no-such-" + data.run)).andExpect(status().isNotFound());
        mvc.perform(request("/touchpoints/no-such-" + data.run + "/trend.csv")).andExpect(status().isNotFound());
    }

    @Test
    void theBreakdownAndTheOverviewLinkToTheTouchpointPageWithTheirFilters() throws Exception {
        var expected = "href=\"/touchpoints/" + data.signup + "?from=2026-03-01&amp;to=2026-03-31&amp;segment=" + data.segment + "\"";
        assertThat(page("/breakdown")).contains(expected);
        assertThat(part(page("/"), "id=\"nps-drivers\"", "</section>")).contains(expected);
    }

    private long comment(String touchpoint, int score, String comment, String at) {
        var when = OffsetDateTime.parse(at);
        return jdbc.sql("""
                        insert into survey_response (customer_id, touchpoint_id, survey_type, score, comment, responded_at, source,
                            created_at)
                        values (?, ?, 'NPS', ?, ?, ?, 'API', ?) returning id""")
                .params(data.loyal, touchpoints.get(touchpoint).id(), score, comment, when, when)
                .query(Long.class).single();
    }

    private String page(String path) throws Exception {
        return mvc.perform(request(path)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private MockHttpServletRequestBuilder request(String path) {
        return get(path).queryParam("lang", "en").queryParam("from", "2026-03-01").queryParam("to", "2026-03-31")
                .queryParam("segment", data.segment).with(user("manager@example.com").roles("MANAGER"));
    }

    @Test
    void exportsTheKpiCardsAndTheFollowUpCasesAsCsv() throws Exception {
        var kpis = csv(mvc, "/touchpoints/" + data.signup + "/kpis.csv?from=2026-03-01&to=2026-03-31&segment=" + data.segment);

        assertThat(kpis.lines()).first().isEqualTo("kpi,from,to,value,margin_of_error,n,previous,change,significant");
        assertThat(kpis).contains("\r\nnps,2026-03-01,2026-03-31,0.00,65.33,6,-100.00,100.00,", "\r\ncsat,2026-03-01,2026-03-31,66.67,");

        var response = comment(data.signup, 1, "-1 star " + data.run, "2026-03-22T10:00:00Z");
        var caseId = jdbc.sql("""
                        insert into follow_up_case (response_id, customer_id, touchpoint_id, rule_name, status, sla_hours,
                            opened_at, due_at)
                        values (?, ?, ?, 'Detractors', 'CONTACTED', 24, ?, ?) returning id""")
                .params(response, data.loyal, touchpoints.get(data.signup).id(), OffsetDateTime.parse("2026-03-22T10:00:00Z"),
                        OffsetDateTime.parse("2026-03-23T10:00:00Z"))
                .query(Long.class).single();
        var cases = csv(mvc, "/touchpoints/" + data.signup + "/cases.csv");

        assertThat(cases.lines()).hasSize(2).first()
                .isEqualTo("case,opened_at,status,outcome,customer,survey_type,score,comment,rule,owner,due_at,overdue,closed_at");
        // the comment starts like a formula, so it gets a leading quote
        assertThat(cases.lines().toList().get(1)).startsWith(caseId + ",2026-03-22T10:00:00Z,CONTACTED,," + data.run
                + "-c1,NPS,1,'-1 star " + data.run + ",Detractors,,2026-03-23T10:00:00Z,");
        assertThat(csv(mvc, "/touchpoints/" + data.hotline + "/cases.csv").lines()).hasSize(1);
    }
}
