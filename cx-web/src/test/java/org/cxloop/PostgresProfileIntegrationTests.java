package org.cxloop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.cxloop.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The `postgres` profile with the same CX_* settings docker-compose.yml passes: the app connects where CX_DB_URL
 * says, reports the database in its health, and accepts the bootstrap API key from CX_ADMIN_API_KEY.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({"test", "postgres"})
class PostgresProfileIntegrationTests {

    static final String BOOTSTRAP_KEY = "compose-bootstrap-key-0123456789abcdef";

    @DynamicPropertySource
    static void composeSettings(DynamicPropertyRegistry registry) {
        var database = TestDatabase.get();
        registry.add("CX_DB_URL", database::jdbcUrl);
        registry.add("CX_DB_USER", database::username);
        registry.add("CX_DB_PASSWORD", database::password);
        registry.add("CX_ADMIN_API_KEY", () -> BOOTSTRAP_KEY);
        registry.add("cx.admin.api-key", () -> BOOTSTRAP_KEY);
    }

    @Autowired
    DataSource dataSource;

    @Autowired
    MockMvc mvc;

    @Test
    void connectsToThePostgresDatabaseNamedByCxDbUrl() {
        var url = ((HikariDataSource) dataSource).getJdbcUrl();
        assertThat(url).isEqualTo(TestDatabase.get().jdbcUrl()).startsWith("jdbc:postgresql:");
    }

    @Test
    void reportsTheDatabaseInItsHealth() throws Exception {
        mvc.perform(get("/actuator/health"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"))
                .andExpect(jsonPath("$.components.db.status").value("UP"));
    }

    @Test
    void acceptsTheBootstrapApiKeyFromTheEnvironment() throws Exception {
        mvc.perform(get("/api/v1/stages").header("Authorization", "Bearer " + BOOTSTRAP_KEY))
                .andExpect(status().isOk());
    }
}
