package org.cxloop.web.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.cxloop.core.apikey.ApiKeys;
import org.cxloop.core.apikey.IssuedApiKey;
import org.cxloop.core.user.NewUser;
import org.cxloop.core.user.Role;
import org.cxloop.core.user.Users;
import org.cxloop.testsupport.PostgresIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@PostgresIntegrationTest
class AdminScreensIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Users users;

    @Autowired
    ApiKeys apiKeys;

    String suffix;
    RequestPostProcessor admin;

    @BeforeEach
    void signInAsAdmin() {
        suffix = UUID.randomUUID().toString().substring(0, 8);
        var email = "boss-" + suffix + "@example.com";
        users.create(new NewUser(email, "Boss", "a perfectly long password", Role.ADMIN));
        admin = user(email).roles("ADMIN");
    }

    @Test
    void addsAManagerWhoCanThenBeFound() throws Exception {
        mvc.perform(post("/admin/users").with(admin).with(csrf())
                        .param("displayName", "Marta").param("email", "marta-" + suffix + "@example.com")
                        .param("password", "marta's long password").param("role", "MANAGER"))
                .andExpect(redirectedUrl("/admin/users"))
                .andExpect(flash().attribute("success", "users.created"));
        mvc.perform(get("/admin/users").with(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("marta-" + suffix + "@example.com")));
    }

    @Test
    void showsFieldErrorsForABadNewUser() throws Exception {
        mvc.perform(post("/admin/users").with(admin).with(csrf())
                        .param("displayName", "").param("email", "not an email")
                        .param("password", "short").param("role", "MANAGER"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "displayName", "email"))
                .andExpect(content().string(containsString("is-invalid")));
    }

    @Test
    void refusesASecondUserWithTheSameEmail() throws Exception {
        mvc.perform(post("/admin/users").with(admin).with(csrf())
                        .param("displayName", "Boss again").param("email", "boss-" + suffix + "@example.com")
                        .param("password", "a perfectly long password").param("role", "ADMIN"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "email", "user.email.taken"));
    }

    @Test
    void issuesAKeyShowingTheSecretOnceThenRevokesIt() throws Exception {
        var result = mvc.perform(post("/admin/api-keys").with(admin).with(csrf()).param("name", "CRM " + suffix))
                .andExpect(redirectedUrl("/admin/api-keys"))
                .andReturn();
        var issued = (IssuedApiKey) result.getFlashMap().get("issued");
        assertThat(issued.secret()).startsWith("cxk_");
        assertThat(apiKeys.authenticate(issued.secret())).isPresent();

        mvc.perform(get("/admin/api-keys").with(admin))
                .andExpect(content().string(containsString("CRM " + suffix)))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString(issued.secret()))));

        mvc.perform(post("/admin/api-keys/{id}/revoke", issued.key().id()).with(admin).with(csrf()))
                .andExpect(redirectedUrl("/admin/api-keys"));
        assertThat(apiKeys.authenticate(issued.secret())).isEmpty();
    }

    @Test
    void asksForAKeyName() throws Exception {
        mvc.perform(post("/admin/api-keys").with(admin).with(csrf()).param("name", "  "))
                .andExpect(status().isOk())
                .andExpect(model().attribute("nameError", "apikey.name.size"));
    }

    @Test
    void setsAnotherUsersPasswordWhenItFollowsThePolicy() throws Exception {
        var person = users.create(new NewUser("pw-" + suffix + "@example.com", "Pat", "the first long password", Role.MANAGER));
        mvc.perform(post("/admin/users/{id}/password", person.id()).with(admin).with(csrf()).param("password", "short"))
                .andExpect(flash().attribute("error", "user.password.tooShort"));
        mvc.perform(post("/admin/users/{id}/password", person.id()).with(admin).with(csrf())
                        .param("password", "a brand new long password"))
                .andExpect(flash().attribute("success", "users.passwordSet"));
        var hash = users.findForSignIn("pw-" + suffix + "@example.com").orElseThrow().passwordHash();
        assertThat(new org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder()
                .matches("a brand new long password", hash.substring("{bcrypt}".length()))).isTrue();
    }

    @Test
    void keepsTheLastEnabledAdmin() {
        var onlyAdmins = users.list().stream().filter(u -> u.role() == Role.ADMIN && u.enabled()).toList();
        for (var other : onlyAdmins.subList(1, onlyAdmins.size())) {
            users.enable(other.id(), false);
        }
        var last = onlyAdmins.getFirst();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> users.enable(last.id(), false))
                .hasMessageContaining("at least one enabled admin");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> users.changeRole(last.id(), Role.MANAGER))
                .hasMessageContaining("at least one enabled admin");
    }
}
