package org.cxloop.web.voice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.cxloop.core.customer.Customers;
import org.cxloop.core.stage.JourneyStages;
import org.cxloop.core.touchpoint.Touchpoints;
import org.cxloop.core.user.NewUser;
import org.cxloop.core.user.Role;
import org.cxloop.core.user.Users;
import org.cxloop.survey.feedback.FeedbackInbox;
import org.cxloop.survey.feedback.FeedbackOrigin;
import org.cxloop.survey.feedback.NewFeedback;
import org.cxloop.survey.response.Responses;
import org.cxloop.survey.response.SurveyType;
import org.cxloop.testsupport.Browser;
import org.cxloop.testsupport.PostgresTestConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * A manager reads an app-store review among the survey comments, narrows comments and topics to feedback, and opens the
 * case the review opened (in Spanish), in Chromium.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(PostgresTestConfiguration.class)
class FeedbackBrowserIntegrationTests {

    static final String PASSWORD = "feedback in a browser";

    @LocalServerPort int port;
    @Autowired Users users;
    @Autowired JourneyStages stages;
    @Autowired Touchpoints touchpoints;
    @Autowired Customers customers;
    @Autowired Responses responses;
    @Autowired FeedbackInbox inbox;
    @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

    VoiceData data;
    long feedbackId;
    String email;
    Browser browser;

    @BeforeEach
    void data() {
        data = new VoiceData(stages, touchpoints, customers, responses);
        var ana = data.customer("ana", "es");
        data.answer(ana, SurveyType.NPS, 3, "Esperé 40 minutos al teléfono.", "2026-03-02T10:00:00Z");
        data.answer(ana, SurveyType.NPS, 10, "Todo perfecto, gracias.", "2026-03-05T10:00:00Z");
        feedbackId = inbox.receive(new NewFeedback("REVIEW", "APP", ana, data.touchpoint, 2, 5,
                "La app se cuelga cada vez que intento pagar la factura.", OffsetDateTime.parse("2026-03-12T10:00:00Z").toInstant(),
                "ana_r", "https://play.example.com/review/1", "play-" + data.run), FeedbackOrigin.API).feedback().id();
        email = "feedback-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        users.create(new NewUser(email, "Marta Gil", PASSWORD, Role.MANAGER));
    }

    @AfterEach
    void closeBrowser() throws Exception {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aManagerFiltersTheCommentsToFeedbackAndSeesTheReview() throws Exception {
        browser = Browser.open(1280, 1000);
        var driver = browser.driver();
        signIn();
        driver.get(url("/comments?from=2026-03-01&to=2026-03-31&touchpoint=" + data.touchpoint));
        assertThat(driver.findElement(By.id("comments-count")).getText()).startsWith("3 comments");

        // the filter bar sends itself as soon as a choice changes (dashboard.js), no Apply needed
        new Select(driver.findElement(By.id("f-source"))).selectByValue("feedback");
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("source=feedback"));
        assertThat(driver.findElement(By.id("comments-count")).getText()).startsWith("1 comments");
        var review = driver.findElement(By.cssSelector(".cx-comment"));
        assertThat(review.getText()).contains("Feedback", "Review", "2 of 5", "La app se cuelga");
        assertThat(review.getAttribute("id")).startsWith("feedback-");
        assertThat(review.findElements(By.tagName("summary"))).isEmpty();
        browser.screenshot("70-feedback-comments");

        driver.get(url("/topics?from=2026-03-01&to=2026-03-31&source=feedback&touchpoint=" + data.touchpoint));
        assertThat(driver.findElement(By.id("topics-table")).getText()).contains("App and website").doesNotContain("Waiting time");
        browser.screenshot("71-feedback-topics");

        var caseId = jdbc.sql("select id from follow_up_case where feedback_id = ?").param(feedbackId).query(Long.class).single();
        driver.get(url("/cases/" + caseId + "?lang=es"));
        assertThat(driver.findElement(By.id("case-feedback-source")).getText()).contains("Opinión", "Reseña", "2 de 5");
        assertThat(driver.getPageSource()).contains("La app se cuelga cada vez que intento pagar la factura.");
        browser.screenshot("72-feedback-case-es");
    }

    private void signIn() {
        browser.signIn(url("/login"), email, PASSWORD);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
