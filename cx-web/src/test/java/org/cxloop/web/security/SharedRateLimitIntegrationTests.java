package org.cxloop.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import javax.sql.DataSource;
import org.cxloop.testsupport.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * With {@code cx.rate-limit.store=database} the limit holds for the installation, not per node: what one node lets
 * through counts against the caller on every other node. The other node here is a second bucket store of its own
 * on the same database, sharing nothing in memory with the application under test.
 */
@PostgresIntegrationTest
@TestPropertySource(properties = {"cx.rate-limit.store=database", "cx.rate-limit.public-per-minute=5"})
class SharedRateLimitIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired DataSource dataSource;
    @Autowired RateLimitBuckets buckets;

    @Test
    void keepsTheBucketsInTheDatabase() {
        assertThat(buckets).isInstanceOf(DatabaseRateLimitBuckets.class);
    }

    @Test
    void requestsSpentOnAnotherNodeCountAgainstTheSameCaller() throws Exception {
        var otherNode = new DatabaseRateLimitBuckets(dataSource);
        var address = "10.20.0.1";
        assertThat(otherNode.bucket("public:" + address, 5).tryConsume(3)).isTrue();

        for (var i = 0; i < 2; i++) {
            mvc.perform(get("/s/{token}", "1." + "A".repeat(43)).with(from(address))).andExpect(status().isNotFound());
        }
        mvc.perform(get("/s/{token}", "1." + "A".repeat(43)).with(from(address)))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"));
        assertThat(otherNode.bucket("public:" + address, 5).tryConsume(1))
                .as("the application's requests count on the other node too").isFalse();
        mvc.perform(get("/s/{token}", "1." + "A".repeat(43)).with(from("10.20.0.2"))).andExpect(status().isNotFound());
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
