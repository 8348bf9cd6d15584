package org.cxloop;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.File;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
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
import org.cxloop.survey.definition.SurveyDefinition;
import org.cxloop.survey.definition.Surveys;
import org.cxloop.survey.mail.MailOutbox;
import org.cxloop.survey.response.SurveyType;
import org.cxloop.testsupport.PostgresIntegrationTest;
import org.cxloop.testsupport.TestClock;
import org.cxloop.testsupport.TestDatabase;
import org.cxloop.testsupport.TestMailServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The application dies in the middle of sending a campaign (a separate JVM running CX Loop, killed with SIGKILL
 * while mail is going out) and another instance takes over: every invitation is still sent, none is lost. The only
 * mail that can go twice is the one the SMTP server accepted in the instant before the kill, whose "sent" mark
 * never reached the database: at most one per sender, reported below.
 */
@PostgresIntegrationTest
@Import(RestartMidSendIntegrationTests.Clocks.class)
class RestartMidSendIntegrationTests {

    private static final int INVITATIONS = 400;

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

    @Autowired JourneyStages stages;
    @Autowired Touchpoints touchpoints;
    @Autowired Customers customers;
    @Autowired Surveys surveys;
    @Autowired Campaigns campaigns;
    @Autowired MailOutbox outbox;
    @Autowired JdbcClient jdbc;
    @Autowired TestClock clock;

    @Test
    void aKilledSenderLosesNoMailAndTheNextInstanceSendsTheRest() throws Exception {
        var suffix = UUID.randomUUID().toString().substring(0, 8);
        var domain = "restart-" + suffix + ".example.com";
        var campaignId = campaignTo(INVITATIONS, suffix, domain);

        var firstInstance = startSenderProcess();
        int sentBeforeKill;
        try {
            sentBeforeKill = waitUntilSomeMailArrived(domain, 40, Duration.ofMinutes(5), firstInstance);
        } finally {
            firstInstance.destroyForcibly().waitFor();
        }
        var receivedAtKill = received(domain).size();
        assertThat(receivedAtKill).as("the kill came while the campaign was still being sent").isLessThan(INVITATIONS);

        // The next instance: its clock past the dead sender's claims (five minutes), it works the same outbox.
        clock.advance(Duration.between(clock.instant(), Instant.now().plus(Duration.ofMinutes(6))));
        var sentAfterRestart = 0;
        for (var round = 0; round < 10 && unsent(campaignId) > 0; round++) {
            sentAfterRestart += outbox.deliverDue();
        }

        var mails = received(domain);
        var perRecipient = mails.stream().collect(Collectors.groupingBy(RestartMidSendIntegrationTests::recipient,
                Collectors.counting()));
        var duplicates = mails.size() - perRecipient.size();
        System.out.printf("Restart mid-send: %d invitations; %d mails arrived before the SIGKILL, %d sent after the "
                        + "restart; %d recipients reached, %d lost, %d sent twice%n", INVITATIONS, receivedAtKill,
                sentAfterRestart, perRecipient.size(), INVITATIONS - perRecipient.size(), duplicates);
        assertThat(sentBeforeKill).isPositive();
        assertThat(perRecipient).as("every invited customer got the mail").hasSize(INVITATIONS);
        assertThat(duplicates).as("only a mail in flight at the kill may go twice").isLessThanOrEqualTo(1);
        assertThat(unsent(campaignId)).isZero();
        assertThat(jdbc.sql("select count(*) from invitation where campaign_id = :id and status = 'SENT'")
                .param("id", campaignId).query(Long.class).single()).isEqualTo(INVITATIONS);
    }

    private long campaignTo(int count, String suffix, String domain) {
        stages.save("restart-" + suffix, new StageDetails("Delivery", 4));
        touchpoints.save("restart-" + suffix, new TouchpointDetails("Home delivery", Channel.EMAIL, "restart-" + suffix));
        var segment = "restart-" + suffix;
        for (var i = 0; i < count; i++) {
            customers.save("restart-" + suffix + "-" + i, new CustomerDetails("Customer " + i, "c" + i + "@" + domain,
                    i % 2 == 0 ? "en" : "es", segment, LocalDate.now().minusYears(1), null, false, false));
        }
        var survey = surveys.create(SurveyDefinition.standard("Restart NPS " + suffix, SurveyType.NPS));
        var campaign = campaigns.create(new CampaignDetails("Restart " + suffix, survey.id(), "restart-" + suffix,
                Audience.SEGMENT, segment, null, null, null, 0, 72, 14, false));
        campaigns.launch(campaign.id());
        return campaign.id();
    }

    /** CX Loop in its own JVM, with the outbox sender on, against the same database and SMTP server. */
    private Process startSenderProcess() throws Exception {
        var database = TestDatabase.get();
        var java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-Xmx384m", "-cp", System.getProperty("java.class.path"),
                CxLoopApplication.class.getName(),
                "--spring.profiles.active=test",
                "--server.port=0",
                "--spring.datasource.url=" + database.jdbcUrl(),
                "--spring.datasource.username=" + database.username(),
                "--spring.datasource.password=" + database.password(),
                "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + greenMail.getSmtp().getPort(),
                "--cx.public-url=https://cx.example.com",
                "--cx.mail.scheduler.enabled=true",
                "--cx.mail.outbox-interval=PT0.2S"));
        var log = new File("target/restart-mid-send-instance.log");
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log).start();
    }

    private int waitUntilSomeMailArrived(String domain, int atLeast, Duration timeout, Process sender)
            throws InterruptedException {
        var deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            var count = received(domain).size();
            if (count >= atLeast) {
                return count;
            }
            assertThat(sender.isAlive()).as("the sender instance is running (see target/restart-mid-send-instance.log)")
                    .isTrue();
            Thread.sleep(5);
        }
        throw new AssertionError("The sender instance sent fewer than " + atLeast + " mails in " + timeout
                + " (see target/restart-mid-send-instance.log)");
    }

    private long unsent(long campaignId) {
        return jdbc.sql("""
                        select count(*) from mail_outbox o join invitation i on i.id = o.invitation_id
                        where i.campaign_id = :id and o.status <> 'SENT'""")
                .param("id", campaignId).query(Long.class).single();
    }

    private static List<MimeMessage> received(String domain) {
        return Arrays.stream(greenMail.getReceivedMessages()).filter(m -> recipient(m).endsWith("@" + domain)).toList();
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
