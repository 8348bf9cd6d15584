package org.cxloop.web.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.cxloop.core.Channel;
import org.cxloop.core.customer.CustomerDetails;
import org.cxloop.core.customer.Customers;
import org.cxloop.core.experiment.Assignment;
import org.cxloop.core.experiment.Experiments;
import org.cxloop.core.experiment.NewExperiment;
import org.cxloop.core.stage.JourneyStages;
import org.cxloop.core.stage.StageDetails;
import org.cxloop.core.touchpoint.TouchpointDetails;
import org.cxloop.core.touchpoint.Touchpoints;
import org.cxloop.core.user.NewUser;
import org.cxloop.core.user.Role;
import org.cxloop.core.user.Users;
import org.cxloop.testsupport.Browser;
import org.cxloop.testsupport.PostgresTestConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/** A manager in a real browser defines an experiment and reads the comparison of a running one. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(PostgresTestConfiguration.class)
class ExperimentBrowserIntegrationTests {

    static final String PASSWORD = "browser tests are real";

    @LocalServerPort int port;
    @Autowired Users users;
    @Autowired JourneyStages stages;
    @Autowired Touchpoints touchpoints;
    @Autowired Customers customers;
    @Autowired Experiments experiments;
    @Autowired JdbcClient jdbc;

    Browser browser;
    String suffix;
    String email;

    @BeforeEach
    void managerTouchpointsAndBrowser() throws Exception {
        suffix = UUID.randomUUID().toString().substring(0, 8);
        email = "manager-" + suffix + "@example.com";
        users.create(new NewUser(email, "Marta Gil", PASSWORD, Role.MANAGER));
        stages.save("join-" + suffix, new StageDetails("Onboarding", 1));
        touchpoints.save("signup-" + suffix, new TouchpointDetails("Sign-up " + suffix, Channel.WEB, "join-" + suffix));
        touchpoints.save("welcome-" + suffix, new TouchpointDetails("Welcome call " + suffix, Channel.PHONE, "join-" + suffix));
        customers.save("e-" + suffix, new CustomerDetails("Eva", null, "en", null, LocalDate.of(2025, 1, 1), null, false, false));
        browser = Browser.open(1280, 1400);
    }

    @AfterEach
    void closeBrowser() throws Exception {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aManagerDefinesAnExperimentAndReadsTheComparison() throws Exception {
        var running = experiments.create(new NewExperiment("Welcome call script " + suffix,
                "A shorter script leaves customers more satisfied.", "welcome-" + suffix, "classic, short",
                Assignment.ATTRIBUTE, null, LocalDate.of(2026, 1, 1)), "tests");
        answers("classic", "CSAT", 40, 50, 5, 2);
        answers("short", "CSAT", 30, 50, 5, 2);
        answers("classic", "NPS", 12, 20, 9, 4);
        answers("short", "NPS", 9, 18, 10, 3);

        var driver = browser.driver();
        driver.get(url("/login"));
        driver.findElement(By.id("username")).sendKeys(email);
        driver.findElement(By.id("password")).sendKeys(PASSWORD);
        driver.findElement(By.cssSelector("button[type=submit]")).click();
        browser.waitForPath("/");

        driver.findElement(By.linkText("Experiments")).click();
        browser.waitForPath("/experiments");
        driver.findElement(By.linkText("New experiment")).click();
        driver.findElement(By.id("name")).sendKeys("Guided sign-up " + suffix);
        driver.findElement(By.id("hypothesis")).sendKeys("A guided sign-up takes less effort.");
        new Select(driver.findElement(By.id("touchpoint"))).selectByValue("signup-" + suffix);
        driver.findElement(By.id("variants")).clear();
        driver.findElement(By.id("variants")).sendKeys("control, guided");
        browser.screenshot("experiments-01-new");
        driver.findElement(By.cssSelector("form[action$='/experiments'] button[type=submit]")).click();
        assertThat(driver.findElement(By.cssSelector(".alert-success")).getText()).isEqualTo("The experiment was created.");
        assertThat(driver.getPageSource()).contains("Not enough data yet");

        driver.get(url("/experiments/" + running));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Welcome call script " + suffix);
        assertThat(driver.findElement(By.id("metric-CSAT")).getText()).contains("Significant").contains("0.029");
        assertThat(driver.findElement(By.id("metric-NPS")).getText()).contains("Not enough data yet");
        browser.screenshot("experiments-02-comparison");
        driver.get(url("/experiments"));
        browser.screenshot("experiments-03-list");
    }

    /** {@code hits} answers of {@code high} and the rest of {@code low}, in the variant. */
    private void answers(String variant, String type, int hits, int total, int high, int low) {
        for (var i = 0; i < total; i++) {
            jdbc.sql("""
                            insert into survey_response (customer_id, touchpoint_id, survey_type, score, responded_at, source,
                                created_at, variant)
                            select c.id, t.id, :type, :score, :at, 'API', :at, :variant
                            from customer c, touchpoint t where c.external_id = :customer and t.code = :touchpoint""")
                    .param("type", type).param("score", i < hits ? high : low)
                    .param("at", Timestamp.from(Instant.parse("2026-06-01T10:00:00Z"))).param("variant", variant)
                    .param("customer", "e-" + suffix).param("touchpoint", "welcome-" + suffix).update();
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
