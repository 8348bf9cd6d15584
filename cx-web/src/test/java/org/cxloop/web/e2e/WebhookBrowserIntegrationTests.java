package org.cxloop.web.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.cxloop.core.Channel;
import org.cxloop.core.customer.CustomerDetails;
import org.cxloop.core.customer.Customers;
import org.cxloop.core.stage.JourneyStages;
import org.cxloop.core.stage.StageDetails;
import org.cxloop.core.touchpoint.TouchpointDetails;
import org.cxloop.core.touchpoint.Touchpoints;
import org.cxloop.core.user.NewUser;
import org.cxloop.core.user.Role;
import org.cxloop.core.user.Users;
import org.cxloop.survey.response.NewResponse;
import org.cxloop.survey.response.ResponseSource;
import org.cxloop.survey.response.Responses;
import org.cxloop.survey.response.SurveyType;
import org.cxloop.survey.webhook.WebhookSender;
import org.cxloop.testsupport.Browser;
import org.cxloop.testsupport.PostgresTestConfiguration;
import org.cxloop.testsupport.WebhookReceiver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * An admin in a real browser registers a Slack-format endpoint (a real receiver in the test), sees the secret once,
 * and follows a detractor alert through the delivery log: failed while the receiver is down, delivered after
 * "Send again" once it is back.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(PostgresTestConfiguration.class)
class WebhookBrowserIntegrationTests {

    static final String PASSWORD = "browser tests are real";

    @LocalServerPort int port;
    @Autowired Users users;
    @Autowired JourneyStages stages;
    @Autowired Touchpoints touchpoints;
    @Autowired Customers customers;
    @Autowired Responses responses;
    @Autowired WebhookSender sender;
    @Autowired JdbcClient jdbc;

    final WebhookReceiver receiver = new WebhookReceiver();
    Browser browser;
    String suffix;
    String email;

    @BeforeEach
    void openBrowser() throws Exception {
        jdbc.sql("delete from webhook_endpoint").update();
        suffix = UUID.randomUUID().toString().substring(0, 8);
        email = "hooks-" + suffix + "@example.com";
        users.create(new NewUser(email, "Hugo Admin", PASSWORD, Role.ADMIN));
        browser = Browser.open(1280, 1400);
    }

    @AfterEach
    void closeBrowser() throws Exception {
        jdbc.sql("delete from webhook_endpoint").update();
        receiver.close();
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void anAdminRegistersASlackEndpointAndResendsAnAlertThatFailedWhileTheReceiverWasDown() throws Exception {
        var driver = browser.driver();
        driver.get(url("/login"));
        driver.findElement(By.id("username")).sendKeys(email);
        driver.findElement(By.id("password")).sendKeys(PASSWORD);
        driver.findElement(By.cssSelector("button[type=submit]")).click();
        browser.waitForPath("/");

        driver.get(url("/admin/webhooks"));
        driver.findElement(By.id("url")).sendKeys("ftp://files.example.com/");
        driver.findElement(By.id("url")).submit();
        assertThat(driver.findElement(By.id("url-error")).getText()).isEqualTo("Only http and https addresses can receive webhooks.");
        assertThat(driver.findElement(By.id("name-error")).isDisplayed()).isTrue();
        browser.screenshot("webhooks-01-errors");

        driver.findElement(By.id("name")).sendKeys("Ops channel");
        driver.findElement(By.id("url")).clear();
        driver.findElement(By.id("url")).sendKeys(receiver.url());
        driver.findElement(By.id("event-CASE_OPENED")).click();
        driver.findElement(By.id("format-SLACK")).click();
        driver.findElement(By.id("url")).submit();
        var secret = driver.findElement(By.cssSelector(".cx-secret-value")).getText();
        assertThat(secret).startsWith("whsec_");
        browser.screenshot("webhooks-02-registered");

        receiver.down();
        stages.save("s-" + suffix, new StageDetails("Stay", 2));
        touchpoints.save("t-" + suffix, new TouchpointDetails("Check-in", Channel.STORE, "s-" + suffix));
        customers.save("c-" + suffix, new CustomerDetails("Guest", null, "en", null, LocalDate.now(), null, false, false));
        responses.record(new NewResponse("c-" + suffix, "t-" + suffix, SurveyType.NPS, 2, "Forty minutes <queue> & no apology",
                Instant.now(), null), ResponseSource.API);
        sender.sendDue();
        jdbc.sql("update webhook_delivery set status = 'FAILED', next_attempt_at = null").update();

        driver.get(url("/admin/webhooks"));
        driver.findElement(By.linkText("Ops channel")).click();
        assertThat(driver.getPageSource()).contains("Could not connect");
        browser.screenshot("webhooks-03-failed");

        receiver.up();
        driver.findElement(By.cssSelector("form[action*='/send-again'] button")).click();
        assertThat(driver.findElement(By.cssSelector(".alert-success")).getText())
                .isEqualTo("The delivery will be sent again within a few seconds.");
        sender.sendDue();
        driver.navigate().refresh();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getPageSource().contains("Delivered"));
        assertThat(receiver.accepted()).singleElement()
                .satisfies(r -> assertThat(r.body()).contains("Detractor alert", "&lt;queue&gt; &amp; no apology"));
        browser.screenshot("webhooks-04-delivered");

        // Rotating the secret from the endpoint's card: a short one is refused next to the field, a generated one shown once.
        driver.findElement(By.id("rotate-secret")).sendKeys("too short", Keys.ENTER);
        assertThat(driver.findElement(By.id("rotate-secret-error")).getText())
                .isEqualTo("A secret needs 16 to 200 characters; leave it empty to have one generated.");
        browser.screenshot("webhooks-05-rotation-refused");
        driver.findElement(By.id("rotate-secret")).sendKeys(Keys.ENTER);
        var rotated = driver.findElement(By.cssSelector(".cx-secret-value")).getText();
        assertThat(rotated).startsWith("whsec_").isNotEqualTo(secret);
        assertThat(driver.findElement(By.cssSelector(".cx-secret-rotated")).getText())
                .contains("Deliveries are signed with the previous secret too until");
        browser.screenshot("webhooks-06-secret-rotated");
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
