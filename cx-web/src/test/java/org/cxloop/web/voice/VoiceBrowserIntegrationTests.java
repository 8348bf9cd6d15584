package org.cxloop.web.voice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import org.cxloop.core.customer.Customers;
import org.cxloop.core.stage.JourneyStages;
import org.cxloop.core.touchpoint.Touchpoints;
import org.cxloop.core.user.NewUser;
import org.cxloop.core.user.Role;
import org.cxloop.core.user.Users;
import org.cxloop.survey.response.Responses;
import org.cxloop.survey.response.SurveyType;
import org.cxloop.testsupport.Browser;
import org.cxloop.testsupport.PostgresTestConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * An admin in headless Chromium opens the topics view, drills into a topic's comments, corrects one comment's
 * sentiment beside it, reads the page in Spanish and on a phone, and visits the topic keyword screen; screenshots
 * of each go to target/screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(PostgresTestConfiguration.class)
class VoiceBrowserIntegrationTests {

    static final String PASSWORD = "voices in a browser";

    @LocalServerPort int port;
    @Autowired Users users;
    @Autowired JourneyStages stages;
    @Autowired Touchpoints touchpoints;
    @Autowired Customers customers;
    @Autowired Responses responses;

    VoiceData data;
    String email;
    Browser browser;

    @BeforeEach
    void data() {
        data = new VoiceData(stages, touchpoints, customers, responses);
        var ana = data.customer("ana", "es");
        var bob = data.customer("bob", "en");
        data.answer(ana, SurveyType.NPS, 2, "Esperé 40 minutos al teléfono y el agente fue muy borde.", "2026-03-02T10:00:00Z");
        data.answer(bob, SurveyType.NPS, 9, "Friendly staff and a quick answer, thank you!", "2026-03-10T10:00:00Z");
        data.answer(bob, SurveyType.CSAT, 2, "The price went up again and the invoice is confusing.", "2026-03-16T10:00:00Z");
        data.answer(ana, SurveyType.CES, 6, "La app es muy fácil de usar.", "2026-03-24T10:00:00Z");
        email = "voice-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        users.create(new NewUser(email, "Lola Ruiz", PASSWORD, Role.ADMIN));
    }

    @AfterEach
    void closeBrowser() throws Exception {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void anAdminDrillsFromATopicToItsCommentsAndCorrectsOne() throws Exception {
        browser = Browser.open(1280, 1000);
        var driver = browser.driver();
        signIn();
        driver.get(url("/topics?from=2026-03-01&to=2026-03-31&touchpoint=" + data.touchpoint));
        assertThat(driver.findElement(By.id("topics-table")).getText()).contains("Staff", "Waiting time", "Price");
        browser.screenshot("40-voice-topics");

        driver.findElement(By.cssSelector("#topic-staff th a")).click();
        browser.waitForPath("/comments");
        assertThat(driver.getCurrentUrl()).contains("topic=staff", "touchpoint=" + data.touchpoint);
        assertThat(driver.findElement(By.id("comments-count")).getText()).startsWith("2 comments");
        browser.screenshot("41-voice-comments-staff");

        var first = driver.findElement(By.cssSelector(".cx-comment"));
        first.findElement(By.tagName("summary")).click();
        first.findElement(By.cssSelector("input[value=NEUTRAL]")).click();
        // From the keyboard: a click at coordinates depends on headless Chromium's viewport height.
        first.findElement(By.cssSelector("button[type=submit]")).sendKeys(org.openqa.selenium.Keys.ENTER);
        waitUntil(() -> driver.getPageSource().contains("corrected by " + email));
        assertThat(driver.getCurrentUrl()).contains("topic=staff");
        browser.screenshot("42-voice-comment-corrected");

        // the page sits at the corrected comment's anchor, the header scrolled away: follow the link as a keyboard would
        driver.findElement(By.cssSelector(".cx-lang a[hreflang=es]")).sendKeys(org.openqa.selenium.Keys.ENTER);
        waitUntil(() -> driver.findElement(By.tagName("h1")).getText().equals("Comentarios"));
        browser.screenshot("43-voice-comments-es");

        driver.get(url("/admin/topics"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Temas de comentarios");
        browser.screenshot("44-voice-admin-topics-es");
    }

    @Test
    void theCommentsPageReadsOnAPhone() throws Exception {
        browser = Browser.open(375, 800);
        var driver = browser.driver();
        signIn();
        driver.get(url("/comments?from=2026-03-01&to=2026-03-31&touchpoint=" + data.touchpoint));
        var comment = driver.findElement(By.cssSelector(".cx-comment")).getRect();
        assertThat(comment.getWidth()).isLessThanOrEqualTo(375);
        browser.screenshot("45-voice-comments-phone");
    }

    private void signIn() {
        browser.signIn(url("/login"), email, PASSWORD);
    }

    private void waitUntil(java.util.function.BooleanSupplier condition) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> condition.getAsBoolean());
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
