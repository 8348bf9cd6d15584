package org.cxloop.web.setup;

import org.cxloop.core.apikey.ApiKeys;
import org.cxloop.core.user.NewUser;
import org.cxloop.core.user.Role;
import org.cxloop.core.user.Users;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * For automated installs: creates the first admin from CX_ADMIN_EMAIL and CX_ADMIN_PASSWORD when nobody exists yet,
 * and registers CX_ADMIN_API_KEY as an API key. Without them, the first visitor is led to the setup page.
 */
@Component
@Order(0)
class EnvironmentBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(EnvironmentBootstrap.class);

    private final Users users;
    private final ApiKeys apiKeys;
    private final String adminEmail;
    private final String adminPassword;
    private final String adminApiKey;

    EnvironmentBootstrap(Users users, ApiKeys apiKeys,
            @Value("${cx.admin.email:}") String adminEmail,
            @Value("${cx.admin.password:}") String adminPassword,
            @Value("${cx.admin.api-key:}") String adminApiKey) {
        this.users = users;
        this.apiKeys = apiKeys;
        this.adminEmail = adminEmail;
        this.adminPassword = adminPassword;
        this.adminApiKey = adminApiKey;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!adminEmail.isBlank() && !adminPassword.isBlank() && users.none()) {
            users.create(new NewUser(adminEmail, "Administrator", adminPassword, Role.ADMIN));
            log.info("Created the first admin from CX_ADMIN_EMAIL.");
        }
        if (!adminApiKey.isBlank()) {
            apiKeys.register("Bootstrap key (CX_ADMIN_API_KEY)", adminApiKey, "environment");
        }
        if (users.none()) {
            log.info("No users yet: open the application in a browser to create the first admin.");
        }
    }
}
