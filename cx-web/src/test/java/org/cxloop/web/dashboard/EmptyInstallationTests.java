package org.cxloop.web.dashboard;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.cxloop.core.audit.AuditLog;
import org.cxloop.metrics.Metrics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** A fresh installation, without customers or answers, explains how to start instead of showing empty figures. */
@WebMvcTest(OverviewController.class)
class EmptyInstallationTests {

    @Autowired
    MockMvc mvc;
    @MockitoBean
    Dashboards dashboards;
    @MockitoBean
    Metrics metrics;
    @MockitoBean
    AuditLog auditLog;

    @Test
    void theOverviewOfAnEmptyInstallationShowsTheFirstStepsAndNoFigures() throws Exception {
        when(dashboards.installationEmpty()).thenReturn(true);

        mvc.perform(get("/").queryParam("lang", "en").with(user("manager@example.com").roles("MANAGER")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("No customer voices yet")))
                .andExpect(content().string(containsString("href=\"/surveys\"")))
                .andExpect(content().string(not(containsString("id=\"kpi-nps\""))))
                .andExpect(content().string(not(containsString("chart.umd"))));
        verifyNoInteractions(metrics);
    }
}
