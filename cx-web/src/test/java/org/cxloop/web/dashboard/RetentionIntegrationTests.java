package org.cxloop.web.dashboard;

import static org.cxloop.testsupport.CsvDownloads.csv;
import static org.assertj.core.api.Assertions.assertThat;
import static org.cxloop.web.dashboard.OverviewIntegrationTests.assertSelected;
import static org.cxloop.web.dashboard.OverviewIntegrationTests.part;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.cxloop.core.customer.Customers;
import org.cxloop.core.stage.JourneyStages;
import org.cxloop.core.touchpoint.Touchpoints;
import org.cxloop.testsupport.PostgresIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The retention page on PostgreSQL over the customers of {@link DashboardData}. */
@PostgresIntegrationTest
class RetentionIntegrationTests {

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
        data = new DashboardData(stages, touchpoints, customers, jdbc);
    }

    @Test
    void showsChurnRetentionAndTheCustomersWhoCameAndWent() throws Exception {
        var page = page("from", "2026-03-01", "to", "2026-03-31", "segment", data.segment);

        assertThat(part(page, "id=\"kpi-churn\"", "</article>")).contains(">50.0 %<", "+30.0 pts", "within noise",
                "of 4 customers at the start");
        // retention: February kept 4 of 5 (80 %), March 2 of 4 (50 %): −30 points; pooled 6/9, 1.96 standard errors = 62 points
        assertThat(part(page, "id=\"kpi-retention\"", "</article>")).contains(">50.0 %<", "▼", "-30.0 pts", "within noise",
                "cx-kpi-change cx-neutral", "of 4 customers at the start");
        // lost c2 and c4; joined c6 and c7, c7 left again; active on 31 March c1, c5 and c6
        var flow = part(page, "id=\"customer-flow\"", "</section>");
        assertThat(flow).containsSubsequence("Lost", ">2<", "Joined", ">2<", "Joined and left in the period", ">1<",
                "Active at the end", ">3<");
    }

    @Test
    void drawsTheCohortTriangleAsAHeatMap() throws Exception {
        var page = page("from", "2025-06-01", "to", "2026-03-31", "segment", data.segment);

        var cohorts = part(page, "id=\"cohort-table\"", "</table>");
        assertThat(cohorts).contains(">Month 0<", ">Month 9<").doesNotContain(">Month 10<");
        // June 2025: c2 and c3, both active until c3 churns on 28 February 2026 and c2 on 1 March
        var june = row(cohorts, ">Jun 2025<");
        assertThat(june).containsSubsequence(">2<", "cx-heat-10", ">100 %<", "cx-heat-5", "1 of 2 still active", ">50 %<",
                "cx-heat-0", ">0 %<");
        // September 2025: nobody joined
        assertThat(row(cohorts, ">Sep 2025<")).contains(">0<", "cx-heat-none", ">—<");
        // March 2026: c6 stays, c7 leaves within the month; the last row has one month and nine empty cells
        var march = row(cohorts, ">Mar 2026<");
        assertThat(march).contains(">50 %<");
        assertThat(march.split("cx-heat-future", -1)).hasSize(10);
        assertThat(part(page, "id=\"trend-table-churn\"", "</table>")).contains(">Mar 2026<", ">50.0 %<");
    }

    @Test
    void drawsRetentionOverTimeNextToChurnWithTheCustomersAtEachStart() throws Exception {
        // four months, so monthly points; December and January lose nobody, February c3 (1 of 5), March c2 and c4 (2 of 4)
        var page = page("from", "2025-12-01", "to", "2026-03-31", "segment", data.segment);

        var chart = part(page, "id=\"trend-retention\"", "</figure>");
        assertThat(chart).contains("Retention over time", "data-cx-table=\"trend-table-retention\"", "Customers at start",
                "Hollow points rest on fewer than 30 customers at the start");
        var table = part(page, "id=\"trend-table-retention\"", "</table>");
        assertThat(row(table, ">Dec 2025<")).containsSubsequence(">100.0 %<", ">5<");
        assertThat(row(table, ">Jan 2026<")).containsSubsequence(">100.0 %<", ">5<");
        assertThat(row(table, ">Feb 2026<")).containsSubsequence(">80.0 %<", ">5<");
        assertThat(row(table, ">Mar 2026<")).containsSubsequence(">50.0 %<", ">4<");
        assertThat(row(part(page, "id=\"trend-table-churn\"", "</table>"), ">Feb 2026<")).contains(">20.0 %<");
    }

    @Test
    void showsTwelveMonthsByDefaultAndOnlyTheFiltersThatApplyToCustomers() throws Exception {
        var page = page("segment", data.segment, "stage", data.support);

        assertSelected(page, "12m");
        assertThat(page).contains("Churn, retention and cohorts follow the period and the segment")
                .contains("<input type=\"hidden\" name=\"stage\" value=\"" + data.support + "\">")
                .doesNotContain("id=\"f-stage\"");
        assertThat(page).contains("href=\"/breakdown?stage=" + data.support + "&amp;segment=" + data.segment + "\"");
    }

    @Test
    void speaksSpanish() throws Exception {
        var page = mvc.perform(get("/retention").queryParam("lang", "es").queryParam("from", "2026-03-01")
                        .queryParam("to", "2026-03-31").queryParam("segment", data.segment)
                        .with(user("manager@example.com").roles("MANAGER")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(page).contains("<h1>Retención</h1>", ">50,0 %<", "Cohortes: porcentaje que sigue activo", ">mar 2026<",
                "Retención a lo largo del tiempo", "-30,0 ptos.");
    }

    private String page(String... params) throws Exception {
        var request = get("/retention").queryParam("lang", "en").with(user("manager@example.com").roles("MANAGER"));
        for (int i = 0; i < params.length; i += 2) {
            request = request.queryParam(params[i], params[i + 1]);
        }
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private static String row(String table, String month) {
        var at = table.indexOf(month);
        assertThat(at).as("the table has " + month).isGreaterThanOrEqualTo(0);
        return table.substring(table.lastIndexOf("<tr", at), table.indexOf("</tr>", at));
    }

    @Test
    void exportsChurnAndRetentionOverTimeForTheSameSegmentAsCsv() throws Exception {
        // four months: monthly points, as the page draws them
        var csv = csv(mvc, "/retention/churn.csv?from=2025-12-01&to=2026-03-31&segment=" + data.segment);

        assertThat(csv.lines()).containsExactly("period,from,to,churn_rate,customers_at_start,retention_rate",
                "2025-12,2025-12-01,2025-12-31,0.00,5,100.00", "2026-01,2026-01-01,2026-01-31,0.00,5,100.00",
                "2026-02,2026-02-01,2026-02-28,20.00,5,80.00", "2026-03,2026-03-01,2026-03-31,50.00,4,50.00");
    }

    @Test
    void exportsTheCohortTriangleInLongFormAsCsv() throws Exception {
        var csv = csv(mvc, "/retention/cohorts.csv?from=2026-02-01&to=2026-03-31&segment=" + data.segment);

        // February: nobody joined; March: c6 stays, c7 joined and left inside March
        assertThat(csv.lines()).containsExactly("cohort,customers,months_after,month,active,share",
                "2026-02,0,0,2026-02,0,", "2026-02,0,1,2026-03,0,", "2026-03,2,0,2026-03,1,50.00");
    }
}
