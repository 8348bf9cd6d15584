package org.cxloop.web.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.cxloop.core.apikey.ApiKeys;
import org.cxloop.core.audit.AuditLog;
import org.cxloop.core.audit.AuditQuery;
import org.cxloop.testsupport.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@PostgresIntegrationTest
class AuditLogIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired AuditLog auditLog;
    @Autowired ApiKeys apiKeys;
    @Autowired JdbcClient jdbc;

    @Test
    void recordsWhoAddedAUserWithoutThePassword() throws Exception {
        var s = UUID.randomUUID().toString().substring(0, 8);
        var admin = user("auditor-" + s + "@example.com").roles("ADMIN");
        mvc.perform(post("/admin/users").with(admin).with(csrf())
                        .param("displayName", "New " + s).param("email", "new-" + s + "@example.com")
                        .param("password", "a secret nobody logs").param("role", "MANAGER"))
                .andExpect(status().is3xxRedirection());

        var events = auditLog.find(new AuditQuery("auditor-" + s, null, null, null));
        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo("UserAdminController.create");
            assertThat(e.target()).isEqualTo("POST /admin/users");
            assertThat(e.detail()).contains("new-" + s + "@example.com").doesNotContain("a secret nobody logs");
        });
        mvc.perform(get("/admin/audit").param("actor", "auditor-" + s).with(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("UserAdminController.create")))
                .andExpect(content().string(not(containsString("a secret nobody logs"))));
    }

    @Test
    void recordsApiChangesUnderTheKeyAndSkipsRefusedOnes() throws Exception {
        var s = UUID.randomUUID().toString().substring(0, 8);
        var issued = apiKeys.issue("audit " + s, "tests");
        mvc.perform(put("/api/v1/stages/{code}", "aud-" + s).header("Authorization", "Bearer " + issued.secret())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"Audit\",\"position\":1}"))
                .andExpect(status().isCreated());
        mvc.perform(put("/api/v1/stages/{code}", "BAD CODE").header("Authorization", "Bearer " + issued.secret())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"Audit\",\"position\":1}"))
                .andExpect(status().isBadRequest());

        var events = auditLog.find(new AuditQuery("audit " + s, null, null, null));
        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo("StageApi.save");
            assertThat(e.target()).isEqualTo("PUT /api/v1/stages/aud-" + s);
        });
    }

    @Test
    void leavesOutChangesTheScreensRefused() throws Exception {
        var s = UUID.randomUUID().toString().substring(0, 8);
        var admin = user("refused-" + s + "@example.com").roles("ADMIN");
        mvc.perform(post("/admin/users").with(admin).with(csrf())
                        .param("displayName", "").param("email", "not an address").param("password", "")
                        .param("role", "MANAGER"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("is-invalid")));
        mvc.perform(post("/admin/users").with(admin).with(csrf())
                        .param("displayName", "Kept " + s).param("email", "kept-" + s + "@example.com")
                        .param("password", "a long enough password").param("role", "MANAGER"))
                .andExpect(status().is3xxRedirection());
        var id = jdbc.sql("select id from app_user where email = :email").param("email", "kept-" + s + "@example.com")
                .query(Long.class).single();
        mvc.perform(post("/admin/users/{id}/password", id).with(admin).with(csrf()).param("password", "short"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("error", "user.password.tooShort"));

        assertThat(auditLog.find(new AuditQuery("refused-" + s, null, null, null)))
                .extracting(e -> e.action()).containsExactly("UserAdminController.create");
    }

    @Test
    void isForAdminsOnly() throws Exception {
        mvc.perform(get("/admin/audit").with(user("m@example.com").roles("MANAGER"))).andExpect(status().isForbidden());
    }
}
