package org.cxloop.web.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
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
import org.cxloop.survey.feedback.FeedbackInbox;
import org.cxloop.survey.feedback.FeedbackOrigin;
import org.cxloop.survey.feedback.NewFeedback;
import org.cxloop.survey.followup.FollowUpCases;
import org.cxloop.survey.followup.FollowUpRules;
import org.cxloop.survey.followup.NewFollowUpRule;
import org.cxloop.testsupport.PostgresIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Negative feedback from other channels opens follow-up cases by the same rules as survey answers, on PostgreSQL. */
@PostgresIntegrationTest
class FeedbackFollowUpIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired JourneyStages stages;
    @Autowired Touchpoints touchpoints;
    @Autowired Customers customers;
    @Autowired FollowUpRules rules;
    @Autowired FollowUpCases cases;
    @Autowired FeedbackInbox inbox;
    @Autowired JdbcClient jdbc;
    @Autowired Users users;

    String s;
    String touchpoint;
    String customer;
    String owner;

    @BeforeEach
    void setUp() {
        s = UUID.randomUUID().toString().substring(0, 8);
        stages.save("fst-" + s, new StageDetails("Use", 5));
        touchpoint = "fapp-" + s;
        touchpoints.save(touchpoint, new TouchpointDetails("Store app " + s, Channel.APP, "fst-" + s));
        customer = "fcu-" + s;
        customers.save(customer, new CustomerDetails("Berta " + s, "berta@example.com", "en", null,
                LocalDate.of(2024, 1, 1), null, false, false));
        owner = "owner-" + s + "@example.com";
        var ownerId = users.create(new NewUser(owner, "Olga " + s, "a long enough password", Role.MANAGER)).id();
        rules.create(new NewFollowUpRule("App reviews " + s, 1, touchpoint, null, null, null, null, null, null, ownerId, 4));
    }

    @Test
    void aLowRatedReviewOpensACaseByTheRuleForItsTouchpoint() throws Exception {
        var review = receive(customer, touchpoint, 1, 5, "The app crashes every time I pay " + s, FeedbackOrigin.API);
        var opened = caseFor(review);
        assertThat(opened).isNotNull();
        var view = cases.get(opened);
        assertThat(view.ruleName()).isEqualTo("App reviews " + s);
        assertThat(view.slaHours()).isEqualTo(4);
        assertThat(view.fromFeedback()).isTrue();
        assertThat(view.responseId()).isNull();
        assertThat(view.comment()).isEqualTo("The app crashes every time I pay " + s);
        assertThat(view.scoreLabel()).isEqualTo("REVIEW 1/5");

        var page = mvc.perform(get("/cases/" + opened).with(user("m@example.com").roles("MANAGER")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("The app crashes every time I pay " + s, "case-feedback-source", "Review", "1 of 5",
                "Store app " + s);
        var queue = mvc.perform(get("/cases").with(user(owner).roles("MANAGER")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(queue).contains("Berta " + s, ">Review</span>", "1 of 5");
    }

    @Test
    void negativeTextWithoutARatingOpensACaseAndPraiseDoesNot() {
        var complaint = receive(customer, null, null, null, "Terrible, awful service, I am very angry " + s, FeedbackOrigin.API);
        assertThat(caseFor(complaint)).as("negative text, no rating").isNotNull();
        var praise = receive(customer, touchpoint, 5, 5, "Lovely app, works great " + s, FeedbackOrigin.API);
        assertThat(caseFor(praise)).as("5 of 5").isNull();
        var middling = receive(customer, touchpoint, 7, 10, "Terrible, awful and slow but it works " + s, FeedbackOrigin.API);
        assertThat(caseFor(middling)).as("a rating of 7 of 10 decides, whatever the text").isNull();
    }

    @Test
    void feedbackAboutNobodyOrFromAnImportOpensNoCase() {
        var anonymous = receive(null, touchpoint, 1, 5, "Worst app ever " + s, FeedbackOrigin.API);
        assertThat(caseFor(anonymous)).isNull();
        var imported = receive(customer, touchpoint, 1, 5, "Old review, the app crashed " + s, FeedbackOrigin.IMPORT);
        assertThat(caseFor(imported)).isNull();
    }

    @Test
    void aCaseBelongsToExactlyOneAnswerOrFeedback() {
        var customerId = jdbc.sql("select id from customer where external_id = ?").param(customer).query(Long.class).single();
        assertThatThrownBy(() -> jdbc.sql("""
                        insert into follow_up_case (customer_id, rule_name, status, sla_hours, opened_at, due_at)
                        values (?, 'none', 'NEW', 48, current_timestamp, current_timestamp)""").param(customerId).update())
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    private long receive(String customerId, String touchpointCode, Integer rating, Integer scale, String text,
            FeedbackOrigin origin) {
        return inbox.receive(new NewFeedback("REVIEW", "APP", customerId, touchpointCode, rating, scale, text,
                Instant.now().minusSeconds(60), null, null, null), origin).feedback().id();
    }

    private Long caseFor(long feedbackId) {
        List<Long> ids = jdbc.sql("select id from follow_up_case where feedback_id = ?").param(feedbackId).query(Long.class).list();
        return ids.isEmpty() ? null : ids.getFirst();
    }
}
