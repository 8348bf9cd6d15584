package org.cxloop.web.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.cxloop.core.Channel;
import org.cxloop.core.customer.CustomerDetails;
import org.cxloop.core.customer.Customers;
import org.cxloop.core.stage.JourneyStages;
import org.cxloop.core.stage.StageDetails;
import org.cxloop.core.touchpoint.TouchpointDetails;
import org.cxloop.core.touchpoint.Touchpoints;
import org.cxloop.survey.campaign.Audience;
import org.cxloop.survey.campaign.CampaignDetails;
import org.cxloop.survey.campaign.Campaigns;
import org.cxloop.survey.definition.ExtraQuestion;
import org.cxloop.survey.definition.QuestionKind;
import org.cxloop.survey.definition.SurveyDefinition;
import org.cxloop.survey.definition.Surveys;
import org.cxloop.survey.mail.MailOutbox;
import org.cxloop.survey.response.SurveyType;
import org.cxloop.testsupport.Browser;
import org.cxloop.testsupport.PostgresTestConfiguration;
import org.cxloop.testsupport.TestMailServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** A customer on a phone opens the link from the mail GreenMail received, taps a score, comments and sends. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(PostgresTestConfiguration.class)
class AnswerFromMailBrowserIntegrationTests {

    @RegisterExtension
    static GreenMailExtension greenMail = TestMailServer.start();

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        TestMailServer.receiveMail(greenMail, registry, "https://feedback.example.com");
    }

    static final Pattern LINK = Pattern.compile("https://feedback\\.example\\.com(/s/[0-9]+\\.[A-Za-z0-9_-]{43})\\?score=10");

    @LocalServerPort int port;
    @Autowired JourneyStages stages;
    @Autowired Touchpoints touchpoints;
    @Autowired Customers customers;
    @Autowired Surveys surveys;
    @Autowired Campaigns campaigns;
    @Autowired MailOutbox outbox;
    @Autowired JdbcClient jdbc;

    @Test
    void aCustomerAnswersOnAPhoneFromTheLinkInTheMail() throws Exception {
        var suffix = UUID.randomUUID().toString().substring(0, 8);
        jdbc.sql("update mail_outbox set status = 'CANCELLED' where status in ('PENDING', 'SENDING')").update();
        stages.save("onboard-" + suffix, new StageDetails("Onboarding", 4));
        touchpoints.save("welcome-" + suffix, new TouchpointDetails("Welcome call", Channel.PHONE, "onboard-" + suffix));
        customers.save("phone-" + suffix, new CustomerDetails("Lucía", "lucia-" + suffix + "@example.com", "es",
                "seg-" + suffix, LocalDate.now().minusMonths(2), null, false, false));
        var survey = surveys.create(SurveyDefinition.standard("Onboarding NPS", SurveyType.NPS).withQuestions(List.of(
                new ExtraQuestion(QuestionKind.CHOICE, "Was the call on time?", "¿La llamada fue puntual?",
                        List.of("Yes", "No"), List.of("Sí", "No"), true),
                new ExtraQuestion(QuestionKind.TEXT, "Anything else?", "¿Algo más que contarnos?", List.of(), List.of(), false))));
        var campaign = campaigns.create(new CampaignDetails("Welcome " + suffix, survey.id(), "welcome-" + suffix,
                Audience.SEGMENT, "seg-" + suffix, null, null, null, 0, 72, 14, true));
        campaigns.launch(campaign.id());
        assertThat(outbox.deliverDue()).isEqualTo(1);

        var mail = greenMail.getReceivedMessagesForDomain("lucia-" + suffix + "@example.com")[0];
        var html = GreenMailUtil.getBody(mail).replace("=\r\n", "").replace("=3D", "=");
        var matcher = LINK.matcher(html);
        assertThat(matcher.find()).as("the mail's scale links to the survey").isTrue();

        try (var browser = Browser.open(375, 800)) {
            var driver = browser.driver();
            driver.get("http://localhost:" + port + URI.create(matcher.group(1)).getPath() + "?score=10");
            assertThat(driver.findElement(By.tagName("legend")).getText())
                    .isEqualTo("¿Qué probabilidad hay de que nos recomiendes a un amigo o colega?");
            assertThat(driver.findElement(By.id("score-10")).isSelected()).isTrue();
            browser.screenshot("10-survey-phone-es");

            driver.findElement(By.cssSelector("label[for='score-6']")).click();
            driver.findElement(By.id("comment")).sendKeys("La llamada llegó tarde.");
            var no = driver.findElement(By.cssSelector("label[for='q1-1']"));
            assertThat(no.getText()).isEqualTo("No");
            // Headless Chromium's visible viewport is shorter than the window Selenium scrolls for: centre before a click.
            var scroll = (org.openqa.selenium.JavascriptExecutor) driver;
            scroll.executeScript("arguments[0].scrollIntoView({block: 'center'})", no);
            browser.screenshot("12-extra-questions-phone-es");
            no.click();
            assertThat(driver.findElement(By.id("q1-1")).isSelected()).isTrue();
            driver.findElement(By.id("q2")).sendKeys("Nada más.");
            var submit = driver.findElement(By.cssSelector("button[type=submit]"));
            // Sent from the keyboard, as a keyboard user would: a click at coordinates is at the mercy of headless
            // Chromium's viewport, which can be shorter than the window Selenium scrolls for.
            submit.sendKeys(org.openqa.selenium.Keys.ENTER);
            browser.waitForPath("/thanks");
            assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("¡Gracias por tu respuesta!");
            assertThat(driver.findElement(By.cssSelector(".cx-follow-up")).isDisplayed()).isTrue();
            browser.screenshot("11-thanks-phone-es");

            driver.navigate().back();
            driver.navigate().refresh();
            browser.waitForPath("/thanks");
        }

        var stored = jdbc.sql("""
                        select r.score || '|' || r.comment from survey_response r join customer c on c.id = r.customer_id
                        where c.external_id = :id""")
                .param("id", "phone-" + suffix).query(String.class).list();
        assertThat(stored).containsExactly("6|La llamada llegó tarde.");
        var answers = jdbc.sql("""
                        select coalesce(cast(a.choice as varchar), a.text) from survey_answer a
                        join survey_response r on r.id = a.response_id join customer c on c.id = r.customer_id
                        join survey_question q on q.id = a.question_id where c.external_id = :id order by q.position""")
                .param("id", "phone-" + suffix).query(String.class).list();
        assertThat(answers).containsExactly("1", "Nada más.");
    }
}
