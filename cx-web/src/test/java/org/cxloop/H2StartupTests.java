package org.cxloop;

import static org.assertj.core.api.Assertions.assertThat;

import org.cxloop.core.customer.Customers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The default run needs no server: the same Flyway migrations build the schema on embedded H2 and Hibernate
 * validates it. (An in-memory H2 here; the product uses a file so data survives restarts.)
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:startup;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
        "cx.demo.enabled=false"})
class H2StartupTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Customers customers;

    @Test
    void migratesTheEmbeddedDatabaseAndStarts() {
        var applied = jdbc.sql("select count(*) from \"flyway_schema_history\" where \"success\" = true")
                .query(Long.class).single();
        assertThat(applied).isGreaterThanOrEqualTo(3);
        assertThat(customers.count()).isZero();
    }
}
