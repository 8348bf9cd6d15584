package org.cxloop.web.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.cxloop.core.Channel;
import org.cxloop.core.InvalidInputException;
import org.cxloop.core.customer.CustomerDetails;
import org.cxloop.core.customer.Customers;
import org.cxloop.core.stage.JourneyStages;
import org.cxloop.core.stage.StageDetails;
import org.cxloop.core.touchpoint.TouchpointDetails;
import org.cxloop.core.touchpoint.Touchpoints;
import org.cxloop.core.user.NewUser;
import org.cxloop.core.user.Role;
import org.cxloop.core.user.Users;
import org.cxloop.survey.campaign.Audience;
import org.cxloop.survey.campaign.CampaignDetails;
import org.cxloop.survey.campaign.Campaigns;
import org.cxloop.survey.definition.SurveyDefinition;
import org.cxloop.survey.definition.Surveys;
import org.cxloop.survey.followup.CaseHistoryEntry;
import org.cxloop.survey.followup.CaseOutcome;
import org.cxloop.survey.followup.ClosedLoopNps;
import org.cxloop.survey.followup.CaseQuery;
import org.cxloop.survey.followup.CaseStatus;
import org.cxloop.survey.followup.CaseView;
import org.cxloop.survey.followup.FollowUpCases;
import org.cxloop.survey.followup.FollowUpMailOutbox;
import org.cxloop.survey.followup.FollowUpRules;
import org.cxloop.survey.followup.NewFollowUpRule;
import org.cxloop.survey.imports.ImportKind;
import org.cxloop.survey.imports.Imports;
import org.cxloop.survey.mail.MailOutbox;
import org.cxloop.survey.response.NewResponse;
import org.cxloop.survey.response.ResponseSource;
import org.cxloop.survey.response.Responses;
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
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** Closing the loop on PostgreSQL: cases open from live answers, get owners and due times, and mail their owners. */
@PostgresIntegrationTest
@Import(FollowUpCasesIntegrationTests.Clocks.class)
class FollowUpCasesIntegrationTests {

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
            return new TestClock(Instant.now().truncatedTo(ChronoUnit.SECONDS));
        }
    }

    static final Pattern LINK = Pattern.compile("https://cx\\.example\\.com/s/([0-9]+\\.[A-Za-z0-9_-]{43})");

    @Autowired MockMvc mvc;
    @Autowired JourneyStages stages;
    @Autowired Touchpoints touchpoints;
    @Autowired Customers customers;
    @Autowired Surveys surveys;
    @Autowired Campaigns campaigns;
    @Autowired MailOutbox surveyMail;
    @Autowired Responses responses;
    @Autowired Users users;
    @Autowired FollowUpRules rules;
    @Autowired FollowUpCases cases;
    @Autowired FollowUpMailOutbox staffMail;
    @Autowired Imports imports;
    @Autowired JdbcClient jdbc;
    @Autowired TestClock clock;

    String suffix;
    String touchpoint;

    @BeforeEach
    void journeyAndCustomer() throws Exception {
        greenMail.purgeEmailFromAllMailboxes();
        // Both outboxes are one queue for the whole installation: start each test without other tests' mail.
        jdbc.sql("update mail_outbox set status = 'CANCELLED' where status in ('PENDING', 'SENDING')").update();
        jdbc.sql("update follow_up_mail set status = 'CANCELLED' where status in ('PENDING', 'SENDING')").update();
        suffix = UUID.randomUUID().toString().substring(0, 8);
        touchpoint = "support-" + suffix;
        stages.save("support-" + suffix, new StageDetails("Support", 6));
        touchpoints.save(touchpoint, new TouchpointDetails("Phone support", Channel.PHONE, "support-" + suffix));
        customers.save("c-" + suffix, new CustomerDetails("Emma " + suffix, "emma-" + suffix + "@example.com", "en",
                "seg-" + suffix, LocalDate.now().minusYears(1), null, false, false));
    }

    @Test
    void aDetractorAnswerThroughTheEmailedLinkOpensAnUnassignedCaseDueIn48Hours() throws Exception {
        var survey = surveys.create(SurveyDefinition.standard("NPS " + suffix, SurveyType.NPS));
        var campaign = campaigns.create(new CampaignDetails("Support NPS " + suffix, survey.id(), touchpoint,
                Audience.SEGMENT, "seg-" + suffix, null, null, null, 0, 72, 14, true));
        campaigns.launch(campaign.id());
        surveyMail.deliverDue();
        var token = tokenIn(mailTo("emma-" + suffix + "@example.com"));

        mvc.perform(post("/s/{token}", token).param("score", "4").param("comment", "Nobody called back"))
                .andExpect(status().is3xxRedirection());

        var opened = casesOfThisTest();
        assertThat(opened).hasSize(1);
        var view = opened.getFirst();
        assertThat(view.status()).isEqualTo(CaseStatus.NEW);
        assertThat(view.ownerId()).isNull();
        assertThat(view.ruleName()).isEqualTo("Detractors");
        assertThat(view.campaignName()).isEqualTo("Support NPS " + suffix);
        assertThat(view.score()).isEqualTo(4);
        assertThat(view.comment()).isEqualTo("Nobody called back");
        assertThat(view.dueAt()).isEqualTo(clock.instant().plus(Duration.ofHours(48)));
        assertThat(view.overdue()).isFalse();
    }

    @Test
    void promotersAndHistoricalImportsOpenNoCase() throws Exception {
        api(SurveyType.NPS, 9, null);
        api(SurveyType.CSAT, 3, null);
        var csv = """
                customer_external_id,touchpoint,survey_type,score,comment,responded_at
                c-%1$s,%2$s,NPS,0,Awful,2026-02-01
                c-%1$s,%2$s,CSAT,1,,2026-02-02
                """.formatted(suffix, touchpoint);
        var upload = imports.receive(ImportKind.RESPONSES, "history.csv",
                new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "tests");
        var deadline = Instant.now().plusSeconds(30);
        while (!imports.get(upload.id()).status().finished() && Instant.now().isBefore(deadline)) {
            Thread.sleep(50);
        }
        assertThat(imports.get(upload.id()).accepted()).isEqualTo(2);

        assertThat(casesOfThisTest()).isEmpty();
    }

    @Test
    void theFirstMatchingRuleByPriorityAssignsTheOwnerSetsTheSlaAndMailsTheOwner() throws Exception {
        var owner = user("owner");
        var other = user("other");
        rules.create(rule("Refund requests " + suffix, 20, SurveyType.CSAT, 1, 5, "refund", other.id(), 4));
        rules.create(rule("Support " + suffix, 30, null, null, null, null, owner.id(), 8));

        var refundCase = api(SurveyType.CSAT, 4, "Where is my REFUND?");
        var detractorCase = api(SurveyType.NPS, 2, "Slow");
        api(SurveyType.NPS, 8, "Fine");

        assertThat(cases.get(refundCase).ownerId()).isEqualTo(other.id());
        assertThat(cases.get(refundCase).dueAt()).isEqualTo(clock.instant().plus(Duration.ofHours(4)));
        assertThat(cases.get(detractorCase).ownerId()).isEqualTo(owner.id());
        assertThat(cases.get(detractorCase).ruleName()).isEqualTo("Support " + suffix);
        assertThat(casesOfThisTest()).hasSize(2);

        assertThat(staffMail.deliverDue()).isEqualTo(2);
        var notice = mailTo(owner.email());
        assertThat(notice.getSubject()).isEqualTo("New follow-up case: Emma " + suffix);
        assertThat(GreenMailUtil.getBody(notice)).contains("Phone support").contains("NPS 2").contains("Slow")
                .contains("https://cx.example.com/cases/" + detractorCase);
        assertThat(staffMail.deliverDue()).isZero();
    }

    @Test
    void aCaseIsOverdueOnceItsDueTimePassesWithoutContactAndComesFirstInTheQueue() {
        var owner = user("owner");
        rules.create(rule("Support " + suffix, 30, null, null, null, null, owner.id(), 24));
        var late = api(SurveyType.NPS, 1, null);
        clock.advance(Duration.ofHours(2));
        var recent = api(SurveyType.NPS, 3, null);

        assertThat(cases.queue(new CaseQuery(owner.id(), null, true))).isEmpty();
        clock.advance(Duration.ofHours(23));
        assertThat(cases.get(late).overdue()).isTrue();
        assertThat(cases.get(recent).overdue()).isFalse();
        assertThat(cases.queue(new CaseQuery(owner.id(), null, true))).extracting(CaseView::id).containsExactly(late);
        assertThat(cases.queue(new CaseQuery(owner.id(), null, false))).extracting(CaseView::id).containsExactly(late, recent);

        cases.changeStatus(late, owner.email(), CaseStatus.CONTACTED, null);
        assertThat(cases.get(late).overdue()).as("the first contact came, late").isFalse();
        assertThat(cases.get(late).firstContactAt()).isEqualTo(clock.instant());
        clock.advance(Duration.ofHours(2));
        assertThat(cases.queue(new CaseQuery(owner.id(), null, false))).extracting(CaseView::id).containsExactly(recent, late);
    }

    @Test
    void reassigningByHandMailsTheNewOwnerAndEveryStepIsKeptInTheHistory() throws Exception {
        var first = user("first");
        var second = user("second");
        rules.create(rule("Support " + suffix, 30, null, null, null, null, first.id(), 48));
        var before = cases.kpis();
        var id = api(SurveyType.CES, 2, "Too many forms");
        staffMail.deliverDue();
        greenMail.purgeEmailFromAllMailboxes();

        cases.assign(id, "lead@example.com", second.id());
        assertThat(cases.get(id).ownerName()).isEqualTo("User second");
        assertThat(cases.queue(new CaseQuery(second.id(), null, false))).extracting(CaseView::id).contains(id);
        assertThat(cases.queue(new CaseQuery(first.id(), null, false))).isEmpty();
        assertThat(staffMail.deliverDue()).isEqualTo(1);
        assertThat(mailTo(second.email()).getSubject()).isEqualTo("New follow-up case: Emma " + suffix);

        clock.advance(Duration.ofHours(10));
        cases.changeStatus(id, second.email(), CaseStatus.CONTACTED, null);
        cases.addNote(id, second.email(), "Called, offered a callback from the team lead");
        assertThatThrownBy(() -> cases.changeStatus(id, second.email(), CaseStatus.CLOSED, null))
                .isInstanceOf(InvalidInputException.class);
        clock.advance(Duration.ofHours(14));
        cases.changeStatus(id, second.email(), CaseStatus.CLOSED, CaseOutcome.WON_BACK);
        assertThatThrownBy(() -> cases.changeStatus(id, second.email(), CaseStatus.RESOLVED, null))
                .isInstanceOf(InvalidInputException.class);

        assertThat(cases.history(id)).extracting(e -> e.kind() + ":" + (e.status() == null ? "" : e.status())
                        + ":" + (e.actor() == null ? "" : e.actor()))
                .containsExactly("OPENED:NEW:", "ASSIGNED::lead@example.com", "STATUS:CONTACTED:" + second.email(),
                        "NOTE::" + second.email(), "STATUS:CLOSED:" + second.email());
        var closed = cases.get(id);
        assertThat(closed.outcome()).isEqualTo(CaseOutcome.WON_BACK);
        assertThat(closed.closedAt()).isEqualTo(clock.instant());

        var after = cases.kpis();
        assertThat(after.closed()).isEqualTo(before.closed() + 1);
        assertThat(after.timeToFirstContact()).isNotNull();
        assertThat(after.timeToClose()).isNotNull();
        assertThat(after.shareClosedWithinSla()).isNotNull();
    }

    @Test
    void theDailyDigestListsEachOwnersOverdueCasesOncePerDay() throws Exception {
        var owner = user("owner");
        rules.create(rule("Support " + suffix, 30, null, null, null, null, owner.id(), 24));
        var id = api(SurveyType.NPS, 0, "Never again");
        staffMail.deliverDue();
        greenMail.purgeEmailFromAllMailboxes();

        staffMail.queueDigests();
        assertThat(digestsFor(owner.id())).as("nothing is overdue yet").isZero();

        clock.advance(Duration.ofHours(25));
        staffMail.queueDigests();
        staffMail.queueDigests();
        assertThat(digestsFor(owner.id())).isEqualTo(1);
        staffMail.deliverDue();
        var digest = mailTo(owner.email());
        assertThat(digest.getSubject()).isEqualTo("1 overdue follow-up cases");
        assertThat(GreenMailUtil.getBody(digest)).contains("Emma " + suffix).contains("/cases/" + id);
    }

    @Test
    void closingCanSendTheCustomerAShortMessageInTheirLanguage() throws Exception {
        customers.save("es-" + suffix, new CustomerDetails("Lucía " + suffix, "lucia-" + suffix + "@example.com", "es",
                null, LocalDate.now().minusYears(1), null, false, false));
        var withMessage = answer("es-" + suffix, SurveyType.NPS, 3);
        var withoutMessage = answer("c-" + suffix, SurveyType.NPS, 2);

        mvc.perform(post("/cases/{id}/status", withMessage).param("status", "CLOSED").param("outcome", "WON_BACK")
                        .param("messageCustomer", "true").with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                                .user("m-" + suffix + "@example.com").roles("MANAGER")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        cases.changeStatus(withoutMessage, "tests", CaseStatus.CLOSED, CaseOutcome.NOT_WON_BACK, false);
        staffMail.deliverDue();

        var mail = mailTo("lucia-" + suffix + "@example.com");
        assertThat(mail.getSubject()).isEqualTo("Sobre su opinión");
        assertThat((String) mail.getContent()).startsWith("Hola Lucía " + suffix).contains("Phone support");
        assertThat(cases.history(withMessage)).extracting(CaseHistoryEntry::kind).contains("MESSAGED");
        assertThat(closingMails(withoutMessage)).isZero();
        assertThat(Arrays.stream(greenMail.getReceivedMessages()).map(m -> GreenMailUtil.getAddressList(recipients(m))))
                .noneMatch(to -> to.contains("emma-" + suffix));
    }

    @Test
    void optedOutCustomersAreNeverSentTheClosingMessage() throws Exception {
        customers.save("out-" + suffix, new CustomerDetails("Olga " + suffix, "olga-" + suffix + "@example.com", "en",
                null, LocalDate.now().minusYears(1), null, false, true));
        var optedOut = answer("out-" + suffix, SurveyType.CSAT, 1);
        var optsOutLater = answer("c-" + suffix, SurveyType.CES, 1);

        cases.changeStatus(optedOut, "tests", CaseStatus.CLOSED, CaseOutcome.NOT_WON_BACK, true);
        cases.changeStatus(optsOutLater, "tests", CaseStatus.CLOSED, CaseOutcome.WON_BACK, true);
        assertThat(cases.get(optedOut).customerMailable()).isFalse();
        assertThat(closingMails(optedOut)).isZero();
        assertThat(cases.history(optedOut)).extracting(CaseHistoryEntry::kind).doesNotContain("MESSAGED");
        assertThat(closingMails(optsOutLater)).isEqualTo(1);
        jdbc.sql("update customer set survey_opt_out = true where external_id = :id").param("id", "c-" + suffix).update();
        staffMail.deliverDue();

        assertThat(greenMail.getReceivedMessages()).isEmpty();
        assertThat(jdbc.sql("select status from follow_up_mail where case_id = :id and kind = 'CASE_CLOSED'")
                .param("id", optsOutLater).query(String.class).single()).isEqualTo("CANCELLED");
    }

    @Test
    void theClosedLoopKpiComparesEachCustomersNextNpsAnswerWithTheOneThatOpenedTheCase() {
        var before = cases.kpis().closedLoopNps();
        for (var who : List.of("la", "lb", "lc", "ld")) {
            customers.save(who + "-" + suffix, new CustomerDetails(who, null, "en", null, LocalDate.now().minusYears(1),
                    null, false, false));
        }
        // a: detractor 2, case closed, next answer 9 (promoter).  b: detractor 5, closed, then 7 (passive) and 10
        // (only the next answer counts).  c: closed but never answered again.  d: answered again, case still open.
        var a = answer("la-" + suffix, SurveyType.NPS, 2);
        var b = answer("lb-" + suffix, SurveyType.NPS, 5);
        var c = answer("lc-" + suffix, SurveyType.NPS, 4);
        answer("ld-" + suffix, SurveyType.NPS, 1);
        for (var id : List.of(a, b, c)) {
            cases.changeStatus(id, "tests", CaseStatus.CLOSED, CaseOutcome.WON_BACK);
        }
        clock.advance(Duration.ofMinutes(1));
        answer("la-" + suffix, SurveyType.NPS, 9);
        answer("lb-" + suffix, SurveyType.NPS, 7);
        answer("ld-" + suffix, SurveyType.NPS, 10);
        clock.advance(Duration.ofMinutes(1));
        answer("lb-" + suffix, SurveyType.NPS, 10);

        var after = cases.kpis().closedLoopNps();
        // Two pairs: before (2, 5) = two detractors → NPS −100; after (9, 7) = one promoter, one passive → NPS +50.
        assertThat(after.customers() - before.customers()).isEqualTo(2);
        assertThat(after.detractorsBefore() - before.detractorsBefore()).isEqualTo(2);
        assertThat(after.promotersBefore() - before.promotersBefore()).isZero();
        assertThat(after.promotersAfter() - before.promotersAfter()).isEqualTo(1);
        assertThat(after.detractorsAfter() - before.detractorsAfter()).isZero();
        assertThat(new ClosedLoopNps(2, 0, 2, 1, 0).change()).isEqualTo(150.0);
    }

    private long answer(String customer, SurveyType type, int score) {
        var recorded = responses.record(new NewResponse(customer, touchpoint, type, score, null, clock.instant(), null),
                ResponseSource.API);
        return jdbc.sql("select id from follow_up_case where response_id = :id").param("id", recorded.response().id())
                .query(Long.class).optional().orElse(-1L);
    }

    private long closingMails(long caseId) {
        return jdbc.sql("select count(*) from follow_up_mail where case_id = :id and kind = 'CASE_CLOSED'")
                .param("id", caseId).query(Long.class).single();
    }

    private List<CaseView> casesOfThisTest() {
        return cases.queue(new CaseQuery(null, null, false)).stream()
                .filter(c -> c.customerExternalId().equals("c-" + suffix)).toList();
    }

    private long api(SurveyType type, int score, String comment) {
        var recorded = responses.record(new NewResponse("c-" + suffix, touchpoint, type, score, comment,
                clock.instant(), null), ResponseSource.API);
        return jdbc.sql("select id from follow_up_case where response_id = :id").param("id", recorded.response().id())
                .query(Long.class).optional().orElse(-1L);
    }

    private NewFollowUpRule rule(String name, int priority, SurveyType type, Integer min, Integer max, String keywords,
            long ownerId, int slaHours) {
        return new NewFollowUpRule(name, priority, touchpoint, null, type, min, max, keywords, null, ownerId, slaHours);
    }

    private org.cxloop.core.user.UserView user(String name) {
        return users.create(new NewUser(name + "-" + suffix + "@example.com", "User " + name,
                "a long enough password " + suffix, Role.MANAGER));
    }

    private long digestsFor(long userId) {
        return jdbc.sql("select count(*) from follow_up_mail where kind = 'DIGEST' and recipient_id = :id")
                .param("id", userId).query(Long.class).single();
    }

    private MimeMessage mailTo(String address) {
        return Arrays.stream(greenMail.getReceivedMessages())
                .filter(m -> GreenMailUtil.getAddressList(recipients(m)).contains(address))
                .reduce((first, second) -> second)
                .orElseThrow(() -> new AssertionError("No mail to " + address));
    }

    private static jakarta.mail.Address[] recipients(MimeMessage message) {
        try {
            return message.getAllRecipients();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String tokenIn(MimeMessage message) {
        var matcher = LINK.matcher(GreenMailUtil.getBody(message).replace("=\r\n", "").replace("=3D", "="));
        assertThat(matcher.find()).as("the mail holds a survey link").isTrue();
        return matcher.group(1);
    }
}
