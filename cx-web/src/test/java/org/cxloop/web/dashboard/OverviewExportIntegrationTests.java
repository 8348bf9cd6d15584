package org.cxloop.web.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cxloop.web.dashboard.OverviewIntegrationTests.part;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
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

/** The overview as CSV and on paper, over {@link DashboardData} in March 2026. */
@PostgresIntegrationTest
class OverviewExportIntegrationTests {

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
    void exportsTheKpisSplitTrendsAndDriversOfTheSameFiltersAsCsv() throws Exception {
        var csv = mvc.perform(get("/overview.csv").queryParam("from", "2026-03-01").queryParam("to", "2026-03-31")
                        .queryParam("segment", data.segment).with(user("manager@example.com").roles("MANAGER")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"overview-2026-03-01-2026-03-31.csv\""))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(csv).startsWith("\uFEFFsection,key,name,period,from,to,value,margin_of_error,n,previous,change,significant\r\n");
        // NPS 11.1 ± 57.2 over 9 answers, up 111.1 from −100 (significant); CSAT 50 % ± 49 down 50 (within noise)
        assertThat(csv).contains("kpi,nps,nps,,2026-03-01,2026-03-31,11.11,57.16,9,-100.00,111.11,true\r\n",
                "kpi,csat,csat,,2026-03-01,2026-03-31,50.00,49.00,4,100.00,-50.00,false\r\n",
                "kpi,churn,churn,,2026-03-01,2026-03-31,50.00,,4,20.00,30.00,false\r\n",
                "nps_split,promoters,promoters,,2026-03-01,2026-03-31,44.44,,4,,,\r\n",
                "nps_split,detractors,detractors,,2026-03-01,2026-03-31,33.33,,3,,,\r\n",
                "trend_nps,nps,nps,2026-W09,2026-03-01,2026-03-01,100.00,,1,,,\r\n",
                "driver," + data.signup + ",Sign-up " + data.run + ",,2026-03-01,2026-03-31,22.22,,6,,,\r\n");
        // 5 KPIs, 3 shares, 4 trends of 6 weeks, 2 drivers
        assertThat(csv.lines()).hasSize(1 + 5 + 3 + 24 + 2);
    }

    @Test
    void printsTheChosenFiltersThatTheHiddenFilterBarWouldOtherwiseTakeAlong() throws Exception {
        var page = mvc.perform(get("/").queryParam("lang", "en").queryParam("from", "2026-03-01").queryParam("to", "2026-03-31")
                        .queryParam("segment", data.segment).queryParam("channel", "WEB").queryParam("touchpoint", data.signup)
                        .with(user("manager@example.com").roles("MANAGER")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(part(page, "class=\"cx-print-only cx-print-filters\"", "</ul>"))
                .contains("Touchpoint: Sign-up " + data.run, "Channel: Web", "Segment: " + data.segment);
        assertThat(page).contains("data-cx-print", "Print or save as PDF",
                "href=\"/overview.csv?from=2026-03-01&amp;to=2026-03-31&amp;touchpoint=" + data.signup
                        + "&amp;channel=WEB&amp;segment=" + data.segment + "\"");
    }
}
