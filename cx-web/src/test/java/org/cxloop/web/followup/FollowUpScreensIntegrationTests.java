package org.cxloop.web.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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
import org.cxloop.core.user.UserView;
import org.cxloop.core.user.Users;
import org.cxloop.survey.followup.CaseStatus;
import org.cxloop.survey.followup.FollowUpCases;
import org.cxloop.survey.followup.FollowUpRules;
import org.cxloop.survey.followup.NewFollowUpRule;
import org.cxloop.survey.response.NewResponse;
import org.cxloop.survey.response.ResponseSource;
import org.cxloop.survey.response.Responses;
import org.cxloop.survey.response.SurveyType;
import org.cxloop.testsupport.PostgresIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@PostgresIntegrationTest
class FollowUpScreensIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired JourneyStages stages;
    @Autowired Touchpoints touchpoints;
    @Autowired Customers customers;
    @Autowired Users users;
    @Autowired Responses responses;
    @Autowired FollowUpRules rules;
    @Autowired FollowUpCases cases;
    @Autowired JdbcClient jdbc;

    final RequestPostProcessor admin = user("admin@example.com").roles("ADMIN");
    String suffix;
    String touchpoint;
    UserView owner;
    UserView colleague;

    @BeforeEach
    void journeyCustomerAndManagers() {
        suffix = UUID.randomUUID().toString().substring(0, 8);
        touchpoint = "desk-" + suffix;
        stages.save("help-" + suffix, new StageDetails("Help", 5));
        touchpoints.save(touchpoint, new TouchpointDetails("Help desk", Channel.CHAT, "help-" + suffix));
        customers.save("s-" + suffix, new CustomerDetails("Sam " + suffix, "sam-" + suffix + "@example.com", "en",
                null, LocalDate.now().minusYears(1), null, false, false));
        owner = manager("owner");
        colleague = manager("colleague");
    }

    @Test
    void aManagersQueueShowsTheirOwnCasesByDefaultWithTheKpis() throws Exception {
        rules.create(new NewFollowUpRule("Desk " + suffix, 50, touchpoint, null, null, null, null, null, null,
                owner.id(), 24));
        var id = detractor();

        mvc.perform(get("/cases").with(as(owner)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Sam " + suffix)))
                .andExpect(content().string(containsString("/cases/" + id)))
                .andExpect(content().string(containsString("Time to first contact")))
                .andExpect(content().string(containsString("Closed within SLA")));
        mvc.perform(get("/cases").with(as(colleague)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Sam " + suffix))));
        mvc.perform(get("/cases").param("scope", "all").with(as(colleague)))
                .andExpect(content().string(containsString("Sam " + suffix)));
        mvc.perform(get("/cases").param("scope", "all").param("status", "CLOSED").with(as(colleague)))
                .andExpect(content().string(not(containsString("Sam " + suffix))));
    }

    @Test
    void aManagerWorksACaseFromItsPage() throws Exception {
        var id = detractor();
        mvc.perform(get("/cases/{id}", id).with(as(owner)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("It took a week")))
                .andExpect(content().string(containsString("Help desk")))
                .andExpect(content().string(containsString("Unassigned")));

        mvc.perform(post("/cases/{id}/owner", id).param("ownerId", String.valueOf(owner.id())).with(as(owner)).with(csrf()))
                .andExpect(redirectedUrl("/cases/" + id));
        mvc.perform(post("/cases/{id}/status", id).param("status", "CONTACTED").with(as(owner)).with(csrf()))
                .andExpect(redirectedUrl("/cases/" + id))
                .andExpect(flash().attribute("success", "cases.statusChanged"));
        mvc.perform(post("/cases/{id}/notes", id).param("note", "Refund promised by Friday").with(as(owner)).with(csrf()))
                .andExpect(redirectedUrl("/cases/" + id));
        mvc.perform(post("/cases/{id}/status", id).param("status", "CLOSED").with(as(owner)).with(csrf()))
                .andExpect(flash().attribute("error", "followUpCase.outcome.required"));
        mvc.perform(post("/cases/{id}/status", id).param("status", "CLOSED").param("outcome", "WON_BACK")
                        .with(as(owner)).with(csrf()))
                .andExpect(flash().attribute("success", "cases.statusChanged"));

        assertThat(cases.get(id).status()).isEqualTo(CaseStatus.CLOSED);
        mvc.perform(get("/cases/{id}", id).with(as(owner)))
                .andExpect(content().string(containsString("Refund promised by Friday")))
                .andExpect(content().string(containsString("Won back")))
                .andExpect(content().string(containsString("by " + owner.email())))
                .andExpect(content().string(not(containsString("Change status"))));
    }

    @Test
    void onlyAdminsEditTheRules() throws Exception {
        mvc.perform(get("/admin/follow-up-rules").with(as(owner))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/follow-up-rules").with(as(owner)).with(csrf()).param("name", "x"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/cases")).andExpect(status().is3xxRedirection());

        mvc.perform(get("/admin/follow-up-rules").with(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Every detractor (built in)")));
        mvc.perform(post("/admin/follow-up-rules").with(admin).with(csrf())
                        .param("name", "Range without type " + suffix).param("priority", "10").param("minScore", "1")
                        .param("slaHours", "24"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "surveyType", "followUpRule.surveyType.required"));
        mvc.perform(post("/admin/follow-up-rules").with(admin).with(csrf())
                        .param("name", "Desk refunds " + suffix).param("priority", "10").param("touchpoint", touchpoint)
                        .param("surveyType", "CSAT").param("minScore", "1").param("maxScore", "3")
                        .param("keywords", "refund, money back").param("ownerId", String.valueOf(colleague.id()))
                        .param("slaHours", "12"))
                .andExpect(redirectedUrl("/admin/follow-up-rules"));
        mvc.perform(get("/admin/follow-up-rules").with(admin))
                .andExpect(content().string(containsString("Desk refunds " + suffix)))
                .andExpect(content().string(containsString("mentioning refund, money back")));

        var refund = responses.record(new NewResponse("s-" + suffix, touchpoint, SurveyType.CSAT, 3, "I want my money back",
                Instant.now(), null), ResponseSource.API);
        var opened = jdbc.sql("select owner_id from follow_up_case where response_id = :id")
                .param("id", refund.response().id()).query(Long.class).single();
        assertThat(opened).isEqualTo(colleague.id());
    }

    @Test
    void adminsEditAndReorderRulesAndTheTopmostMatchingRuleWins() throws Exception {
        var first = rules.create(new NewFollowUpRule("First " + suffix, 9998, touchpoint, null, null, null, null, null,
                null, owner.id(), 24));
        var second = rules.create(new NewFollowUpRule("Second " + suffix, 9999, touchpoint, null, null, null, null, null,
                null, colleague.id(), 12));
        assertThat(cases.get(detractor()).ruleName()).isEqualTo("First " + suffix);

        mvc.perform(get("/admin/follow-up-rules/{id}/edit", second).with(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"Second " + suffix + "\"")));
        mvc.perform(post("/admin/follow-up-rules/{id}/move", second).param("direction", "up").with(admin).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("success", "followUpRules.moved"));
        assertThat(rules.get(second).priority()).isLessThan(rules.get(first).priority());
        assertThat(rules.list().stream().map(r -> r.priority()).toList()).doesNotHaveDuplicates();
        var moved = cases.get(detractor());
        assertThat(moved.ruleName()).isEqualTo("Second " + suffix);
        assertThat(moved.ownerId()).isEqualTo(colleague.id());

        mvc.perform(post("/admin/follow-up-rules/{id}", second).param("name", "Second edited " + suffix)
                        .param("priority", String.valueOf(rules.get(second).priority())).param("touchpoint", touchpoint)
                        .param("surveyType", "NPS").param("minScore", "0").param("maxScore", "3")
                        .param("ownerId", String.valueOf(owner.id())).param("slaHours", "6").with(admin).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("success", "followUpRules.updated"));
        var edited = rules.get(second);
        assertThat(edited.name()).isEqualTo("Second edited " + suffix);
        assertThat(edited.maxScore()).isEqualTo(3);
        assertThat(edited.slaHours()).isEqualTo(6);
        assertThat(cases.get(moved.id()).ruleName()).as("an opened case keeps its rule's old name").isEqualTo("Second " + suffix);

        mvc.perform(post("/admin/follow-up-rules/{id}", second).param("name", "x").param("priority", "5")
                        .param("slaHours", "0").with(admin).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("is-invalid")));
        assertThat(rules.get(second).slaHours()).isEqualTo(6);
        mvc.perform(post("/admin/follow-up-rules/{id}/move", second).param("direction", "sideways").with(admin).with(csrf()))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/admin/follow-up-rules/{id}/edit", second).with(as(owner))).andExpect(status().isForbidden());
    }

    private long detractor() {
        var recorded = responses.record(new NewResponse("s-" + suffix, touchpoint, SurveyType.NPS, 2, "It took a week",
                Instant.now(), null), ResponseSource.API);
        return jdbc.sql("select id from follow_up_case where response_id = :id").param("id", recorded.response().id())
                .query(Long.class).single();
    }

    private UserView manager(String name) {
        return users.create(new NewUser(name + "-" + suffix + "@example.com", "Manager " + name,
                "a long enough password " + suffix, Role.MANAGER));
    }

    private static RequestPostProcessor as(UserView user) {
        return user(user.email()).roles(user.role().name());
    }
}
