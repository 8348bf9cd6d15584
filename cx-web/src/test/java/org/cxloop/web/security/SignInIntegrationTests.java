package org.cxloop.web.security;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.logout;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.cxloop.core.user.NewUser;
import org.cxloop.core.user.Role;
import org.cxloop.core.user.Users;
import org.cxloop.testsupport.PostgresIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

@PostgresIntegrationTest
class SignInIntegrationTests {

    static final String PASSWORD = "a perfectly long password";

    @Autowired
    MockMvc mvc;

    @Autowired
    Users users;

    String adminEmail;
    String managerEmail;

    @BeforeEach
    void createPeople() {
        var suffix = UUID.randomUUID().toString().substring(0, 8);
        adminEmail = "admin-" + suffix + "@example.com";
        managerEmail = "manager-" + suffix + "@example.com";
        users.create(new NewUser(adminEmail, "Admin", PASSWORD, Role.ADMIN));
        users.create(new NewUser(managerEmail, "Manager", PASSWORD, Role.MANAGER));
    }

    @Test
    void sendsAnonymousVisitorsToSignIn() throws Exception {
        mvc.perform(get("/")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/admin/users")).andExpect(redirectedUrl("/login"));
    }

    @Test
    void signsInWithTheRightPasswordAndRecordsIt() throws Exception {
        mvc.perform(formLogin("/login").user(adminEmail).password(PASSWORD))
                .andExpect(authenticated().withRoles("ADMIN"))
                .andExpect(redirectedUrl("/"));
        assertThat(users.list()).filteredOn(u -> u.email().equals(adminEmail))
                .singleElement().satisfies(u -> assertThat(u.lastSignInAt()).isNotNull());
    }

    @Test
    void refusesAWrongPasswordAndADisabledAccount() throws Exception {
        mvc.perform(formLogin("/login").user(adminEmail).password("wrong password!!"))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error"));
        var manager = users.list().stream().filter(u -> u.email().equals(managerEmail)).findFirst().orElseThrow();
        users.enable(manager.id(), false);
        mvc.perform(formLogin("/login").user(managerEmail).password(PASSWORD)).andExpect(unauthenticated());
    }

    @Test
    void changesTheSessionIdOnSignIn() throws Exception {
        var session = new MockHttpSession();
        var before = session.getId();
        var result = mvc.perform(formLogin("/login").user(adminEmail).password(PASSWORD)).andReturn();
        var after = result.getRequest().getSession(false);
        assertThat(after).isNotNull();
        assertThat(after.getId()).isNotEqualTo(before);
    }

    @Test
    void showsTheAdminMenuOnlyToAdmins() throws Exception {
        mvc.perform(get("/").with(user(adminEmail).roles("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/admin/users\"")));
        mvc.perform(get("/").with(user(managerEmail).roles("MANAGER")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("href=\"/admin/users\""))));
    }

    @Test
    void forbidsManagersFromAdminScreens() throws Exception {
        mvc.perform(get("/admin/users").with(user(managerEmail).roles("MANAGER")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/api-keys").with(user(managerEmail).roles("MANAGER")))
                .andExpect(status().isForbidden());
    }

    @Test
    void refusesAFormPostWithoutCsrfToken() throws Exception {
        mvc.perform(post("/admin/api-keys").param("name", "no csrf").with(user(adminEmail).roles("ADMIN")))
                .andExpect(status().isForbidden());
    }

    @Test
    void signsOut() throws Exception {
        mvc.perform(logout("/logout")).andExpect(redirectedUrl("/login?signedOut"));
    }

    @Test
    void sendsSecurityHeadersWithEveryPage() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")))
                .andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"));
    }

    @Test
    void speaksSpanishWhenAskedAndRemembersIt() throws Exception {
        mvc.perform(get("/login").param("lang", "es"))
                .andExpect(content().string(containsString("Inicia sesión en CX Loop")))
                .andExpect(header().string("Set-Cookie", containsString("cx-lang=es")));
        mvc.perform(get("/login").header("Accept-Language", "es-MX,es;q=0.9"))
                .andExpect(content().string(containsString("Inicia sesión en CX Loop")));
    }

    @Test
    void showsAFriendlyNotFoundPageWithoutATrace() throws Exception {
        mvc.perform(get("/no/such/page").with(user(managerEmail).roles("MANAGER")))
                .andExpect(status().isNotFound());
    }
}
