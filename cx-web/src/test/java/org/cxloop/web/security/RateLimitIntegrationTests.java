package org.cxloop.web.security;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.cxloop.core.apikey.ApiKeys;
import org.cxloop.testsupport.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@PostgresIntegrationTest
@TestPropertySource(properties = {"cx.rate-limit.public-per-minute=3", "cx.rate-limit.api-per-minute=4"})
class RateLimitIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired ApiKeys apiKeys;

    @Test
    void slowsDownOneAddressHammeringThePublicSurveyPages() throws Exception {
        var hammer = from("10.10.0.1");
        for (var i = 0; i < 3; i++) {
            mvc.perform(get("/s/{token}", "1." + "A".repeat(43)).with(hammer)).andExpect(status().isNotFound());
        }
        mvc.perform(get("/s/{token}", "1." + "A".repeat(43)).with(hammer))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"))
                .andExpect(content().string(containsString("Too many requests")));
        mvc.perform(get("/s/{token}", "1." + "A".repeat(43)).with(from("10.10.0.2"))).andExpect(status().isNotFound());
    }

    @Test
    void limitsEachApiKeySeparately() throws Exception {
        var busy = "Bearer " + apiKeys.issue("busy", "tests").secret();
        var calm = "Bearer " + apiKeys.issue("calm", "tests").secret();
        for (var i = 0; i < 4; i++) {
            mvc.perform(get("/api/v1/stages").header("Authorization", busy)).andExpect(status().isOk());
        }
        mvc.perform(get("/api/v1/stages").header("Authorization", busy))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"))
                .andExpect(jsonPath("$.status").value(429));
        mvc.perform(get("/api/v1/stages").header("Authorization", calm)).andExpect(status().isOk());
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
