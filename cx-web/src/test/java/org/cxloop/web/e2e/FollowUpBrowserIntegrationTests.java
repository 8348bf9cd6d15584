package org.cxloop.web.e2e;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.cxloop.survey.followup.FollowUpRules;
import org.cxloop.survey.followup.NewFollowUpRule;
import org.cxloop.survey.response.NewResponse;
import org.cxloop.survey.response.ResponseSource;
import org.cxloop.survey.response.Responses;
import org.cxloop.survey.response.SurveyType;
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
import org.springframework.test.context.ActiveProfiles;

/** A manager in a real browser finds their case in the queue, opens it and records the first contact. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(PostgresTestConfiguration.class)
class FollowUpBrowserIntegrationTests {

    static final String PASSWORD = "browser tests are real";

    @LocalServerPort int port;
    @Autowired Users users;
    @Autowired JourneyStages stages;
    @Autowired Touchpoints touchpoints;
    @Autowired Customers customers;
    @Autowired FollowUpRules rules;
    @Autowired Responses responses;

    Browser browser;
    String suffix;
    String email;

    @BeforeEach
    void caseAndBrowser() throws Exception {
        suffix = UUID.randomUUID().toString().substring(0, 8);
        email = "manager-" + suffix + "@example.com";
        var manager = users.create(new NewUser(email, "Marta Gil", PASSWORD, Role.MANAGER));
        stages.save("care-" + suffix, new StageDetails("Care", 6));
        touchpoints.save("call-" + suffix, new TouchpointDetails("Call centre", Channel.PHONE, "care-" + suffix));
        customers.save("b-" + suffix, new CustomerDetails("Bruno Díaz", "bruno-" + suffix + "@example.com", "es",
                null, LocalDate.now().minusYears(2), null, false, false));
        rules.create(new NewFollowUpRule("Call centre " + suffix, 40, "call-" + suffix, null, null, null, null, null,
                null, manager.id(), 24));
        responses.record(new NewResponse("b-" + suffix, "call-" + suffix, SurveyType.NPS, 3,
                "I was transferred four times", Instant.now(), null), ResponseSource.API);
        browser = Browser.open(1280, 900);
    }

    @AfterEach
    void closeBrowser() throws Exception {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aManagerOpensTheirCaseFromTheQueueAndRecordsTheFirstContact() throws Exception {
        var driver = browser.driver();
        driver.get(url("/login"));
        driver.findElement(By.id("username")).sendKeys(email);
        driver.findElement(By.id("password")).sendKeys(PASSWORD);
        driver.findElement(By.cssSelector("button[type=submit]")).click();
        browser.waitForPath("/");

        driver.findElement(By.linkText("Cases")).click();
        browser.waitForPath("/cases");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Follow-up cases");
        browser.screenshot("follow-up-01-queue");

        driver.findElement(By.linkText("Bruno Díaz")).click();
        assertThat(driver.getPageSource()).contains("I was transferred four times").contains("Call centre");
        new Select(driver.findElement(By.id("new-status"))).selectByValue("CONTACTED");
        driver.findElement(By.cssSelector("form[action$='/status'] button")).click();
        assertThat(driver.findElement(By.cssSelector(".alert-success")).getText()).isEqualTo("The status was changed.");
        assertThat(driver.findElement(By.cssSelector(".cx-page-head .badge")).getText()).isEqualTo("Contacted");
        browser.screenshot("follow-up-02-case");
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
