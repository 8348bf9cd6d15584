package org.cxloop.web.setup;

import static org.assertj.core.api.Assertions.assertThat;

import org.cxloop.core.apikey.ApiKeys;
import org.cxloop.core.user.Role;
import org.cxloop.core.user.Users;
import org.cxloop.testsupport.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Automated installs: CX_ADMIN_EMAIL and CX_ADMIN_PASSWORD create the first admin, once; CX_ADMIN_API_KEY works. */
@PostgresIntegrationTest
class EnvironmentBootstrapIntegrationTests {

    @Autowired
    Users users;

    @Autowired
    ApiKeys apiKeys;

    @Autowired
    JdbcClient jdbc;

    @Test
    void createsTheFirstAdminFromTheEnvironmentOnlyWhenNobodyExists() {
        jdbc.sql("delete from app_user").update();
        var bootstrap = new EnvironmentBootstrap(users, apiKeys, "Owner@Example.com", "owner's long password",
                "env-key-0123456789abcdef0123456789abcdef");

        bootstrap.run(new DefaultApplicationArguments());
        bootstrap.run(new DefaultApplicationArguments());

        assertThat(users.list()).singleElement().satisfies(u -> {
            assertThat(u.email()).isEqualTo("owner@example.com");
            assertThat(u.role()).isEqualTo(Role.ADMIN);
        });
        assertThat(apiKeys.authenticate("env-key-0123456789abcdef0123456789abcdef")).isPresent();
        assertThat(apiKeys.list()).filteredOn(k -> k.prefix().equals("env-key-")).hasSize(1);
    }
}
