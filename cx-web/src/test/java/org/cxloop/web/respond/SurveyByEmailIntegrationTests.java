package org.cxloop.web.respond;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.cxloop.core.Channel;
import org.cxloop.core.apikey.ApiKeys;
import org.cxloop.core.customer.CustomerDetails;
import org.cxloop.core.customer.Customers;
import org.cxloop.core.stage.JourneyStages;
import org.cxloop.core.stage.StageDetails;
import org.cxloop.core.touchpoint.TouchpointDetails;
import org.cxloop.core.touchpoint.Touchpoints;
import org.cxloop.survey.campaign.Audience;
import org.cxloop.survey.campaign.CampaignDetails;
import org.cxloop.survey.campaign.Campaigns;
import org.cxloop.survey.campaign.SkipReason;
import org.cxloop.survey.definition.ExtraQuestion;
import org.cxloop.survey.definition.QuestionKind;
import org.cxloop.survey.definition.SurveyDefinition;
import org.cxloop.survey.definition.Surveys;
import org.cxloop.survey.mail.MailOutbox;
import org.cxloop.survey.response.SurveyType;
import org.cxloop.testsupport.PostgresIntegrationTest;
import org.cxloop.testsupport.TestClock;
import org.cxloop.testsupport.TestMailServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** The whole listening loop by mail, against a real SMTP server (GreenMail) and PostgreSQL. */
@PostgresIntegrationTest
@Import(SurveyByEmailIntegrationTests.Clocks.class)
class SurveyByEmailIntegrationTests {

    @RegisterExtension
    static GreenMailExtension greenMail = TestMailServer.start();

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        TestMailServer.receiveMail(greenMail, registry, "https://cx.example.com");
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Clocks {
        @Bean
        @Primary
        TestClock testClock() {
            return new TestClock(Instant.now());
        }
    }

    static final Pattern LINK = Pattern.compile("https://cx\\.example\\.com/s/([0-9]+\\.[A-Za-z0-9_-]{43})");

    @Autowired MockMvc mvc;
    @Autowired JourneyStages stages;
    @Autowired Touchpoints touchpoints;
    @Autowired Customers customers;
    @Autowired Surveys surveys;
    @Autowired Campaigns campaigns;
    @Autowired MailOutbox outbox;
    @Autowired JdbcClient jdbc;
    @Autowired TestClock clock;
    @Autowired JavaMailSenderImpl mailSender;
    @Autowired ApiKeys apiKeys;

    String suffix;
    String segment;
    String touchpoint;

    @BeforeEach
    void journeyAndCustomers() throws Exception {
        greenMail.purgeEmailFromAllMailboxes();
        // The outbox is one queue for the whole installation: start each test with it empty of other tests' mail,
        // and with none of their reminders planned (the clock only moves forward, so they would come due here).
        jdbc.sql("update mail_outbox set status = 'CANCELLED' where status in ('PENDING', 'SENDING')").update();
        jdbc.sql("update invitation set next_reminder_at = null where next_reminder_at is not null").update();
        suffix = UUID.randomUUID().toString().substring(0, 8);
        segment = "seg-" + suffix;
        touchpoint = "support-" + suffix;
        stages.save("support-" + suffix, new StageDetails("Support", 6));
        touchpoints.save(touchpoint, new TouchpointDetails("Phone support", Channel.PHONE, "support-" + suffix));
        customer("en-" + suffix, "Emma", "emma-" + suffix + "@example.com", "en", false);
        customer("es-" + suffix, "Lucía", "lucia-" + suffix + "@example.com", "es", false);
        customer("out-" + suffix, "Otto", "otto-" + suffix + "@example.com", "en", true);
        customer("nomail-" + suffix, "Nora", null, "en", false);
    }

    @Test
    void aCampaignSendsLocalizedMailWhoseLinkRecordsExactlyOneAnswer() throws Exception {
        var campaign = launch(0);
        assertThat(campaign.count("QUEUED")).isEqualTo(2);
        assertThat(campaign.skipped()).containsEntry(SkipReason.OPTED_OUT, 1L).containsEntry(SkipReason.NO_EMAIL, 1L);

        assertThat(outbox.deliverDue()).isEqualTo(2);
        var spanish = mailTo("lucia-" + suffix + "@example.com");
        assertThat(spanish.getSubject()).isEqualTo("¿Nos regalas un minuto? Cuéntanos qué tal lo hicimos");
        assertThat(spanish.getHeader("List-Unsubscribe")[0]).matches("<https://cx\\.example\\.com/s/.+/unsubscribe>");
        assertThat(spanish.getHeader("List-Unsubscribe-Post")[0]).isEqualTo("List-Unsubscribe=One-Click");
        var body = textOf(spanish);
        assertThat(body).contains("Hola, Lucía").contains("?score=10").doesNotContain("lucia-" + suffix);
        assertThat(mailTo("emma-" + suffix + "@example.com").getSubject()).isEqualTo("A minute of your time? Tell us how we did");
        assertThat(outbox.deliverDue()).isZero();

        var token = tokenIn(spanish);
        mvc.perform(get("/s/{token}", token).param("score", "9"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("¿Qué probabilidad hay de que nos recomiendes")))
                .andExpect(content().string(org.hamcrest.Matchers.matchesRegex("(?s).*id=\"score-9\" value=\"9\"[^>]*checked.*")));

        mvc.perform(post("/s/{token}", token).param("score", "3").param("comment", "Esperé 40 minutos <script>"))
                .andExpect(redirectedUrl("/s/" + token + "/thanks"));
        mvc.perform(post("/s/{token}", token).param("score", "10"))
                .andExpect(redirectedUrl("/s/" + token + "/thanks"));
        mvc.perform(get("/s/{token}/thanks", token))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Alguien de nuestro equipo se pondrá en contacto contigo")));

        var stored = jdbc.sql("""
                        select r.score, r.comment, r.source from survey_response r join customer c on c.id = r.customer_id
                        where c.external_id = :id""")
                .param("id", "es-" + suffix).query((rs, n) -> rs.getInt(1) + "|" + rs.getString(2) + "|" + rs.getString(3)).list();
        assertThat(stored).containsExactly("3|Esperé 40 minutos <script>|EMAIL");
    }

    @Test
    void theSurveyPageKeepsNoSessionAndLinksVersionedAssets() throws Exception {
        launch(0);
        outbox.deliverDue();
        var token = tokenIn(mailTo("emma-" + suffix + "@example.com"));
        var page = mvc.perform(get("/s/{token}", token)).andExpect(status().isOk()).andReturn();

        assertThat(page.getRequest().getSession(false)).isNull();
        assertThat(page.getResponse().getContentAsString())
                .containsPattern("/webjars/bootstrap/[0-9][^/\"]*/css/bootstrap\\.min\\.css")
                .contains("action=\"/s/" + token + "\"");
    }

    @Test
    void refusesToStoreAnAnswerWithoutAScoreAndSaysWhy() throws Exception {
        launch(0);
        outbox.deliverDue();
        var token = tokenIn(mailTo("emma-" + suffix + "@example.com"));
        mvc.perform(post("/s/{token}", token).param("comment", "no score"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Choose a number on the scale.")))
                .andExpect(content().string(containsString("no score")));
        mvc.perform(post("/s/{token}", token).param("score", "11"))
                .andExpect(status().isUnprocessableContent());
        assertThat(responsesOf("en-" + suffix)).isZero();
    }

    @Test
    void remindersGoToThoseWhoHaveNotAnsweredAndStopAfterAnAnswer() throws Exception {
        launch(2);
        outbox.deliverDue();
        var englishToken = tokenIn(mailTo("emma-" + suffix + "@example.com"));
        mvc.perform(post("/s/{token}", englishToken).param("score", "8")).andExpect(status().is3xxRedirection());
        greenMail.purgeEmailFromAllMailboxes();

        clock.advance(Duration.ofHours(73));
        outbox.queueReminders();
        assertThat(outbox.deliverDue()).isEqualTo(1);
        var reminder = mailTo("lucia-" + suffix + "@example.com");
        assertThat(reminder.getSubject()).isEqualTo("Recordatorio: nos encantaría conocer tu opinión");
        assertThat(greenMail.getReceivedMessagesForDomain("emma-" + suffix + "@example.com")).isEmpty();

        clock.advance(Duration.ofHours(73));
        outbox.queueReminders();
        assertThat(outbox.deliverDue()).isEqualTo(1);
        clock.advance(Duration.ofHours(73));
        outbox.queueReminders();
        assertThat(outbox.deliverDue()).as("only two reminders were planned").isZero();
    }

    @Test
    void anAnswerCancelsTheReminderAlreadyQueuedForItsLink() throws Exception {
        launch(2);
        outbox.deliverDue();
        var englishToken = tokenIn(mailTo("emma-" + suffix + "@example.com"));
        greenMail.purgeEmailFromAllMailboxes();
        clock.advance(Duration.ofHours(73));
        outbox.queueReminders();

        mvc.perform(post("/s/{token}", englishToken).param("score", "8")).andExpect(status().is3xxRedirection());

        var reminders = jdbc.sql("""
                        select c.email, o.status from mail_outbox o join invitation i on i.id = o.invitation_id
                        join customer c on c.id = i.customer_id
                        where c.segment = :segment and o.kind = 'REMINDER'""")
                .param("segment", segment).query((rs, n) -> rs.getString(1) + " " + rs.getString(2)).list();
        assertThat(reminders).containsExactlyInAnyOrder("emma-" + suffix + "@example.com CANCELLED",
                "lucia-" + suffix + "@example.com PENDING");
        assertThat(outbox.deliverDue()).isEqualTo(1);
        assertThat(greenMail.getReceivedMessagesForDomain("emma-" + suffix + "@example.com")).isEmpty();
    }

    @Test
    void anSmtpOutageDelaysMailButSendsEachOneExactlyOnce() throws Exception {
        launch(0);
        var realPort = mailSender.getPort();
        try (var closed = new java.net.ServerSocket(0)) {
            mailSender.setPort(closed.getLocalPort());
        }
        try {
            assertThat(outbox.deliverDue()).isZero();
            assertThat(outbox.deliverDue()).as("retries wait for their backoff").isZero();
        } finally {
            mailSender.setPort(realPort);
        }
        var pending = jdbc.sql("""
                        select count(*) from mail_outbox o join invitation i on i.id = o.invitation_id
                        join customer c on c.id = i.customer_id
                        where c.segment = :segment and o.status = 'PENDING' and o.attempts = 1 and o.last_error is not null""")
                .param("segment", segment).query(Long.class).single();
        assertThat(pending).isEqualTo(2);

        clock.advance(Duration.ofSeconds(31));
        assertThat(outbox.deliverDue()).isEqualTo(2);
        assertThat(outbox.deliverDue()).isZero();
        assertThat(greenMail.getReceivedMessagesForDomain("emma-" + suffix + "@example.com")).hasSize(1);
        assertThat(greenMail.getReceivedMessagesForDomain("lucia-" + suffix + "@example.com")).hasSize(1);
    }

    @Test
    void theFatigueRuleSkipsCustomersInvitedRecentlyByAnyCampaign() {
        launch(0);
        var second = launch(0);
        assertThat(second.invited()).isZero();
        assertThat(second.skipped()).containsEntry(SkipReason.FATIGUE, 2L);
    }

    @Test
    void tamperedUnknownAndExpiredLinksGetFriendlyPages() throws Exception {
        launch(0);
        outbox.deliverDue();
        var token = tokenIn(mailTo("emma-" + suffix + "@example.com"));
        var tampered = token.substring(0, token.length() - 1) + (token.endsWith("A") ? "B" : "A");
        mvc.perform(get("/s/{token}", tampered))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("This link does not work")))
                .andExpect(content().string(not(containsString("Exception"))));
        mvc.perform(post("/s/{token}", tampered).param("score", "10")).andExpect(status().isNotFound());
        mvc.perform(get("/s/{token}", "999999999." + "A".repeat(43))).andExpect(status().isNotFound());
        mvc.perform(get("/s/{token}", "garbage")).andExpect(status().isNotFound());

        clock.advance(Duration.ofDays(15));
        mvc.perform(get("/s/{token}", token))
                .andExpect(status().isGone())
                .andExpect(content().string(containsString("This survey has closed")));
        mvc.perform(post("/s/{token}", token).param("score", "10")).andExpect(status().isGone());
        assertThat(responsesOf("en-" + suffix)).isZero();
    }

    @Test
    void aHardBounceMarksTheInvitationStopsItsRemindersAndSuppressesTheAddress() throws Exception {
        var first = launch(2);
        outbox.deliverDue();
        var mail = mailTo("emma-" + suffix + "@example.com");
        var messageId = mail.getMessageID();
        assertThat(messageId).matches("<survey\\.[0-9a-f-]{36}@cx\\.example\\.com>");
        var key = "Bearer " + apiKeys.issue("bounces " + suffix, "tests").secret();

        mvc.perform(post("/api/v1/bounces").header("Authorization", key).contentType("application/json")
                        .content("{\"messageId\":\"" + messageId.substring(1, messageId.length() - 1)
                                + "\",\"reason\":\"550 5.1.1 user unknown\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.invitationBounced").value(true))
                .andExpect(jsonPath("$.addressSuppressed").value(true));
        mvc.perform(post("/api/v1/bounces").header("Authorization", key).contentType("application/json")
                        .content("{\"messageId\":\"" + messageId + "\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.invitationBounced").value(false));
        var campaignId = jdbc.sql("select id from campaign where name = :name").param("name", "Support NPS " + suffix)
                .query(Long.class).single();
        assertThat(campaigns.progress(campaignId).count("BOUNCED")).isEqualTo(1);
        assertThat(campaigns.progress(campaignId).count("SENT")).isEqualTo(1);
        mvc.perform(get("/surveys/campaigns/{id}", campaignId).with(user("admin-" + suffix).roles("ADMIN")))
                .andExpect(content().string(containsString("Bounced")));

        greenMail.purgeEmailFromAllMailboxes();
        clock.advance(Duration.ofHours(73));
        outbox.queueReminders();
        assertThat(outbox.deliverDue()).as("only Lucía gets a reminder").isEqualTo(1);
        assertThat(greenMail.getReceivedMessagesForDomain("emma-" + suffix + "@example.com")).isEmpty();

        clock.advance(Duration.ofDays(31));
        var later = launch(0);
        assertThat(later.skipped()).containsEntry(SkipReason.BOUNCED, 1L);
        assertThat(later.invited()).isEqualTo(1);
        assertThat(first.invited()).isEqualTo(2);
    }

    @Test
    void aBounceReportNamesTheMailOrItIsRefusedWithAProblem() throws Exception {
        launch(0);
        outbox.deliverDue();
        var key = "Bearer " + apiKeys.issue("bounces " + suffix, "tests").secret();
        mvc.perform(post("/api/v1/bounces").header("Authorization", key).contentType("application/json").content("{}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("messageId"));
        mvc.perform(post("/api/v1/bounces").header("Authorization", key).contentType("application/json")
                        .content("{\"messageId\":\"<nobody@nowhere>\"}"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/bounces").contentType("application/json")
                        .content("{\"recipient\":\"LUCIA-" + suffix + "@example.com\"}"))
                .andExpect(status().isUnauthorized());
        mvc.perform(post("/api/v1/bounces").header("Authorization", key).contentType("application/json")
                        .content("{\"recipient\":\"LUCIA-" + suffix + "@example.com\",\"permanent\":false}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.invitationBounced").value(true))
                .andExpect(jsonPath("$.addressSuppressed").value(false));
        var status = jdbc.sql("""
                        select i.status from invitation i join customer c on c.id = i.customer_id where c.external_id = :id""")
                .param("id", "es-" + suffix).query(String.class).single();
        assertThat(status).isEqualTo("BOUNCED");
    }

    @Test
    void extraQuestionsAreAskedInTheCustomersLanguageAndTheirAnswersStoredWithTheResponseAndShown() throws Exception {
        var survey = surveys.create(SurveyDefinition.standard("Extra " + suffix, SurveyType.NPS).withQuestions(List.of(
                new ExtraQuestion(QuestionKind.CHOICE, "How did you contact us?", "¿Cómo nos contactaste?",
                        List.of("Phone", "Chat", "Email"), List.of("Teléfono", "Chat", "Correo"), true),
                new ExtraQuestion(QuestionKind.TEXT, "Anything else?", "¿Algo más?", List.of(), List.of(), false))));
        var campaign = campaigns.create(new CampaignDetails("Extra " + suffix, survey.id(), touchpoint,
                Audience.SEGMENT, segment, null, null, null, 0, 72, 14, true));
        campaigns.launch(campaign.id());
        outbox.deliverDue();
        var token = tokenIn(mailTo("lucia-" + suffix + "@example.com"));

        mvc.perform(get("/s/{token}", token))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<legend class=\"form-label fw-semibold fs-6\">")))
                .andExpect(content().string(containsString("¿Cómo nos contactaste?")))
                .andExpect(content().string(org.hamcrest.Matchers.matchesRegex(
                        "(?s).*<input[^>]*id=\"q1-2\"[^>]*>\\s*<label class=\"form-check-label\" for=\"q1-2\">Correo</label>.*")))
                .andExpect(content().string(containsString("<label class=\"form-label fw-semibold\" for=\"q2\">")))
                .andExpect(content().string(containsString("(opcional)")));
        mvc.perform(post("/s/{token}", token).param("score", "4").param("q2", "Nada más"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("id=\"q1-error\"")))
                .andExpect(content().string(containsString("Responde a esta pregunta, por favor.")))
                .andExpect(content().string(containsString("Nada más")));
        mvc.perform(post("/s/{token}", token).param("score", "4").param("q1", "7"))
                .andExpect(status().isUnprocessableContent());
        assertThat(responsesOf("es-" + suffix)).isZero();

        mvc.perform(post("/s/{token}", token).param("score", "4").param("q1", "2").param("q2", " Nada más "))
                .andExpect(redirectedUrl("/s/" + token + "/thanks"));
        var responseId = jdbc.sql("""
                        select r.id from survey_response r join customer c on c.id = r.customer_id where c.external_id = :id""")
                .param("id", "es-" + suffix).query(Long.class).single();
        var stored = jdbc.sql("select q.position, a.choice, a.text from survey_answer a join survey_question q on q.id = a.question_id"
                        + " where a.response_id = :id order by q.position")
                .param("id", responseId).query((rs, n) -> rs.getInt(1) + "|" + rs.getObject(2) + "|" + rs.getString(3)).list();
        assertThat(stored).containsExactly("1|2|null", "2|null|Nada más");

        var key = "Bearer " + apiKeys.issue("answers " + suffix, "tests").secret();
        mvc.perform(get("/api/v1/responses/{id}", responseId).header("Authorization", key))
                .andExpect(jsonPath("$.answers[0].questionEn").value("How did you contact us?"))
                .andExpect(jsonPath("$.answers[0].answerEn").value("Email"))
                .andExpect(jsonPath("$.answers[0].answerEs").value("Correo"))
                .andExpect(jsonPath("$.answers[1].answerEs").value("Nada más"));
        mvc.perform(get("/api/v1/customers/{id}/export", "es-" + suffix).header("Authorization", key))
                .andExpect(jsonPath("$.responses[0].answers[0].answerEn").value("Email"))
                .andExpect(jsonPath("$.responses[0].answers[1].questionEs").value("¿Algo más?"));
        var caseId = jdbc.sql("select id from follow_up_case where response_id = :id").param("id", responseId)
                .query(Long.class).single();
        mvc.perform(get("/cases/{id}", caseId).with(user("manager-" + suffix).roles("MANAGER")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("How did you contact us?")))
                .andExpect(content().string(containsString("Email")))
                .andExpect(content().string(containsString("Nada más")));
    }

    @Test
    void oneClickUnsubscribeOptsTheCustomerOut() throws Exception {
        launch(0);
        outbox.deliverDue();
        var token = tokenIn(mailTo("emma-" + suffix + "@example.com"));
        mvc.perform(post("/s/{token}/unsubscribe", token)
                        .contentType("application/x-www-form-urlencoded").content("List-Unsubscribe=One-Click"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("You are unsubscribed")));
        assertThat(customers.get("en-" + suffix).surveyOptOut()).isTrue();
    }

    private org.cxloop.survey.campaign.CampaignProgress launch(int reminders) {
        var survey = surveys.create(SurveyDefinition.standard("NPS " + suffix, SurveyType.NPS));
        var campaign = campaigns.create(new CampaignDetails("Support NPS " + suffix, survey.id(), touchpoint,
                Audience.SEGMENT, segment, null, null, null, reminders, 72, 14, true));
        return campaigns.launch(campaign.id());
    }

    private void customer(String id, String name, String email, String locale, boolean optedOut) {
        customers.save(id, new CustomerDetails(name, email, locale, segment, LocalDate.now().minusYears(1), null,
                false, optedOut));
    }

    private MimeMessage mailTo(String address) {
        return Arrays.stream(greenMail.getReceivedMessages())
                .filter(m -> GreenMailUtil.getAddressList(uncheck(m)).contains(address))
                .reduce((first, second) -> second)
                .orElseThrow(() -> new AssertionError("No mail to " + address));
    }

    private static jakarta.mail.Address[] uncheck(MimeMessage message) {
        try {
            return message.getAllRecipients();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String tokenIn(MimeMessage message) {
        var matcher = LINK.matcher(textOf(message));
        assertThat(matcher.find()).as("the mail holds a survey link").isTrue();
        return matcher.group(1);
    }

    /** The decoded text of every text part: the plain-text and the HTML alternative. */
    private static String textOf(jakarta.mail.Part part) {
        try {
            if (part.isMimeType("text/*")) {
                return (String) part.getContent();
            }
            if (part.getContent() instanceof jakarta.mail.Multipart multipart) {
                var text = new StringBuilder();
                for (var i = 0; i < multipart.getCount(); i++) {
                    text.append(textOf(multipart.getBodyPart(i))).append('\n');
                }
                return text.toString();
            }
            return "";
        } catch (jakarta.mail.MessagingException | java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private long responsesOf(String externalId) {
        return jdbc.sql("select count(*) from survey_response r join customer c on c.id = r.customer_id where c.external_id = :id")
                .param("id", externalId).query(Long.class).single();
    }
}
