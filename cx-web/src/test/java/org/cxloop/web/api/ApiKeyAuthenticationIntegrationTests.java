package org.cxloop.web.api;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.assertj.core.api.Assertions.assertThat;

import org.cxloop.core.apikey.ApiKeys;
import org.cxloop.testsupport.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@PostgresIntegrationTest
class ApiKeyAuthenticationIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApiKeys apiKeys;

    @Test
    void refusesACallWithoutAKey() throws Exception {
        mvc.perform(get("/api/v1/stages"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", "Bearer realm=\"cx-loop\""))
                .andExpect(jsonPath("$.title").value("Unauthorized"));
    }

    @Test
    void refusesAnUnknownKey() throws Exception {
        mvc.perform(get("/api/v1/stages").header("Authorization", "Bearer cxk_guessed"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail").value("The API key is unknown or has been revoked."));
    }

    @Test
    void acceptsAnActiveKeyAndRecordsItsLastUse() throws Exception {
        var issued = apiKeys.issue("last use", "tests");
        mvc.perform(get("/api/v1/stages").header("Authorization", "Bearer " + issued.secret()))
                .andExpect(status().isOk());
        var key = apiKeys.list().stream().filter(k -> k.id() == issued.key().id()).findFirst().orElseThrow();
        assertThat(key.lastUsedAt()).isNotNull();
    }

    @Test
    void refusesAKeyOnceItIsRevoked() throws Exception {
        var issued = apiKeys.issue("to revoke", "tests");
        apiKeys.revoke(issued.key().id());
        mvc.perform(get("/api/v1/stages").header("Authorization", "Bearer " + issued.secret()))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void storesOnlyAHashOfTheSecret() {
        var issued = apiKeys.issue("hash only", "tests");
        assertThat(issued.secret()).startsWith("cxk_").hasSizeGreaterThan(40);
        assertThat(apiKeys.list()).allSatisfy(k -> assertThat(k.prefix()).hasSizeLessThanOrEqualTo(12));
    }
}
