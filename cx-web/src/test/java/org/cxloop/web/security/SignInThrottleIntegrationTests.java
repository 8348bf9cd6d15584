package org.cxloop.web.security;

import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.hamcrest.Matchers.containsString;

import java.util.UUID;
import org.cxloop.core.user.NewUser;
import org.cxloop.core.user.Role;
import org.cxloop.core.user.Users;
import org.cxloop.testsupport.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@PostgresIntegrationTest
class SignInThrottleIntegrationTests {

    static final String PASSWORD = "the right long password";

    @Autowired MockMvc mvc;
    @Autowired Users users;

    @Test
    void locksAnAccountAfterFiveWrongPasswordsEvenForTheRightOne() throws Exception {
        var suffix = UUID.randomUUID().toString().substring(0, 8);
        var victim = "victim-" + suffix + "@example.com";
        var bystander = "bystander-" + suffix + "@example.com";
        users.create(new NewUser(victim, "Victim", PASSWORD, Role.MANAGER));
        users.create(new NewUser(bystander, "Bystander", PASSWORD, Role.MANAGER));
        var attacker = from("10.66.0." + (Math.abs(suffix.hashCode()) % 200 + 1));

        for (var attempt = 0; attempt < 5; attempt++) {
            mvc.perform(signIn(victim, "guess number " + attempt).with(attacker))
                    .andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(signIn(victim, PASSWORD).with(attacker))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?locked"));
        mvc.perform(signIn(victim.toUpperCase(), PASSWORD).with(from("10.77.0.1")))
                .andExpect(redirectedUrl("/login?locked"));
        mvc.perform(signIn(bystander, PASSWORD).with(attacker))
                .andExpect(authenticated());
        mvc.perform(get("/login").param("locked", ""))
                .andExpect(content().string(containsString("Too many failed attempts")));
    }

    private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder signIn(String user, String password) {
        return org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/login")
                .param("username", user).param("password", password)
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf());
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
