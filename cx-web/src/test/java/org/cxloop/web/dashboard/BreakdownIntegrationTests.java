package org.cxloop.web.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cxloop.web.dashboard.OverviewIntegrationTests.assertSelected;
import static org.cxloop.web.dashboard.OverviewIntegrationTests.part;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
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

/** The breakdown page and its CSV on PostgreSQL, over {@link DashboardData} in March 2026. */
@PostgresIntegrationTest
class BreakdownIntegrationTests {

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
    void comparesTouchpointsWithSamplesMarginsAndFlagsSmallSamples() throws Exception {
        var page = page("by", "touchpoint");

        var signup = row(page, "Sign-up " + data.run);
        // NPS 10 9 8 7 6 0: 0, margin 1.96 × 100 × √(4/6 / 6) = 65.3; CSAT 5 4 2: 66.7 %, margin 53.3; CES 7 3: 5.0
        assertThat(signup).contains(">0<", "± 65", ">6<", ">66.7 %<", "± 53.3", ">5.0<", ">11<", "n &lt; 30");
        var hotline = row(page, "Hotline " + data.run);
        assertThat(hotline).contains(">33<", ">0.0 %<", ">5.0<", ">5<");
        assertThat(page).contains("data-cx-chart=\"bar\"", "data-cx-unreliable=\"true\"");
        // a row opens the overview of that touchpoint alone
        assertThat(hotline).contains("href=\"/?from=2026-03-01&amp;to=2026-03-31&amp;touchpoint=" + data.hotline
                + "&amp;segment=" + data.segment + "\"");
    }

    @Test
    void sortsByAnyColumnBothWaysAndMarksTheSortedColumn() throws Exception {
        // NPS: Sign-up 0, Hotline 33; worst first by default
        var byNps = page("by", "touchpoint");
        assertThat(tableOf(byNps).indexOf("Sign-up " + data.run)).isLessThan(tableOf(byNps).indexOf("Hotline " + data.run));
        assertThat(byNps).contains("aria-sort=\"ascending\"");

        var byNpsDescending = page("by", "touchpoint", "sort", "nps", "dir", "desc");
        assertThat(tableOf(byNpsDescending).indexOf("Hotline " + data.run))
                .isLessThan(tableOf(byNpsDescending).indexOf("Sign-up " + data.run));
        assertThat(byNpsDescending).contains("aria-sort=\"descending\"");

        var byName = page("by", "touchpoint", "sort", "name", "dir", "asc");
        assertThat(tableOf(byName).indexOf("Hotline " + data.run)).isLessThan(tableOf(byName).indexOf("Sign-up " + data.run));
        // the sorted column's link turns the order round and keeps the filters
        assertThat(byName).contains("href=\"/breakdown?from=2026-03-01&amp;to=2026-03-31&amp;segment=" + data.segment
                + "&amp;by=touchpoint&amp;sort=name&amp;dir=desc\"");
    }

    @Test
    void breaksDownByStageChannelAndSegmentAndHonoursTheFilters() throws Exception {
        assertThat(row(page("by", "stage"), "Support " + data.run)).contains(">33<");
        var channels = page("by", "channel");
        assertThat(row(channels, ">Web<")).contains(">0<", ">66.7 %<");
        assertThat(row(channels, ">Phone<")).contains(">33<");
        assertThat(row(page("by", "segment"), ">" + data.segment + "<")).contains(">11<", ">9<", ">50.0 %<");

        var webOnly = page("by", "touchpoint", "channel", "WEB");
        assertThat(tableOf(webOnly)).contains("Sign-up " + data.run).doesNotContain("Hotline " + data.run);
        assertSelected(webOnly, "WEB");
        assertThat(webOnly).contains("<input type=\"hidden\" name=\"by\" value=\"touchpoint\">");
        assertThat(webOnly).contains("href=\"/breakdown?from=2026-03-01&amp;to=2026-03-31&amp;channel=WEB&amp;segment="
                + data.segment + "&amp;by=stage\"");
    }

    @Test
    void exportsTheSameRowsAsCsvWithoutRunnableFormulas() throws Exception {
        data.answer(data.signup, "NPS", 10, OffsetDateTime.parse("2026-03-20T09:00:00Z"));
        var evil = "=HYPERLINK(\"http://x\")-" + data.run;
        customers.save(data.run + "-evil", new CustomerDetails("Evil", null, null, evil, LocalDate.parse("2025-01-01"), null,
                false, false));
        var evilId = customers.get(data.run + "-evil").id();
        jdbc.sql("insert into survey_response (customer_id, touchpoint_id, survey_type, score, responded_at, source, created_at)"
                        + " values (?, ?, 'NPS', 3, ?, 'API', ?)")
                .params(evilId, touchpoints.get(data.signup).id(), OffsetDateTime.parse("2026-03-20T09:00:00Z"),
                        OffsetDateTime.parse("2026-03-20T09:00:00Z")).update();

        var csv = mvc.perform(request("/breakdown.csv", "by", "touchpoint"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
                .andExpect(header().string("Content-Disposition",
                        "attachment; filename=\"breakdown-touchpoint-2026-03-01-2026-03-31.csv\""))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFkey,name,nps,nps_margin_of_error,nps_responses,promoters,passives,detractors,"
                + "csat,csat_margin_of_error,csat_responses,ces,ces_responses,unreliable\r\n");
        // Hotline: NPS 10 10 3, CSAT 1, CES 5; Sign-up now has one more promoter: 10 9 8 7 6 0 10
        // NPS margin 1.96 × 100 × √((2/3 + 1/3 − (1/3)²) / 3) = 106.69
        assertThat(csv).contains(data.hotline + ",Hotline " + data.run + ",33.33,106.69,3,2,0,1,0.00,0.00,1,5.00,1,true\r\n");
        assertThat(csv).contains(data.signup + ",Sign-up " + data.run + ",14.29,");

        var bySegment = mvc.perform(request("/breakdown.csv", "by", "segment", "segment", evil))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(bySegment).contains("\"'=HYPERLINK(\"\"http://x\"\")-" + data.run + "\"");
    }

    private String page(String... params) throws Exception {
        return mvc.perform(request("/breakdown", params)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private MockHttpServletRequestBuilder request(String path, String... params) {
        var request = get(path).queryParam("lang", "en").queryParam("from", "2026-03-01").queryParam("to", "2026-03-31")
                .with(user("manager@example.com").roles("MANAGER"));
        for (int i = 0; i < params.length; i += 2) {
            request = request.queryParam(params[i], params[i + 1]);
        }
        if (!Arrays.asList(params).contains("segment")) {
            request = request.queryParam("segment", data.segment);
        }
        return request;
    }

    private static String tableOf(String page) {
        return part(page, "id=\"breakdown-table\"", "</table>");
    }

    private static String row(String page, String name) {
        var table = tableOf(page);
        var at = table.indexOf(name);
        assertThat(at).as("the table has " + name).isGreaterThanOrEqualTo(0);
        return table.substring(table.lastIndexOf("<tr", at), table.indexOf("</tr>", at));
    }
}
