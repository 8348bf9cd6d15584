package org.cxloop.web.setup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.cxloop.core.user.Role;
import org.cxloop.core.user.Users;
import org.cxloop.testsupport.PostgresIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The first start: nobody can sign in yet, so the setup page creates the first admin, once. */
@PostgresIntegrationTest
class FirstRunSetupIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Users users;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void startWithNobody() {
        jdbc.sql("delete from app_user").update();
    }

    @Test
    void leadsTheFirstVisitorFromSignInToSetup() throws Exception {
        mvc.perform(get("/login")).andExpect(redirectedUrl("/setup"));
        mvc.perform(get("/setup")).andExpect(status().isOk());
    }

    @Test
    void refusesAShortPasswordNextToTheField() throws Exception {
        mvc.perform(post("/setup").with(csrf())
                        .param("displayName", "Ana").param("email", "ana@example.com")
                        .param("password", "short").param("passwordConfirmation", "short"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "password", "user.password.tooShort"));
        assertThat(users.none()).isTrue();
    }

    @Test
    void refusesPasswordsThatDiffer() throws Exception {
        mvc.perform(post("/setup").with(csrf())
                        .param("displayName", "Ana").param("email", "ana@example.com")
                        .param("password", "a long enough secret").param("passwordConfirmation", "another long secret"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "passwordConfirmation", "user.password.mismatch"));
    }

    @Test
    void createsTheFirstAdminThenClosesSetup() throws Exception {
        mvc.perform(post("/setup").with(csrf())
                        .param("displayName", "Ana").param("email", "Ana@Example.com")
                        .param("password", "correct horse battery").param("passwordConfirmation", "correct horse battery"))
                .andExpect(redirectedUrl("/login"));

        var admin = users.findForSignIn("ana@example.com").orElseThrow();
        assertThat(admin.role()).isEqualTo(Role.ADMIN);
        assertThat(admin.passwordHash()).startsWith("{bcrypt}").doesNotContain("correct horse");

        mvc.perform(get("/setup")).andExpect(status().isNotFound());
        mvc.perform(post("/setup").with(csrf())
                        .param("displayName", "Eve").param("email", "eve@example.com")
                        .param("password", "another long secret").param("passwordConfirmation", "another long secret"))
                .andExpect(status().isNotFound());
        assertThat(users.findForSignIn("eve@example.com")).isEmpty();
    }
}
