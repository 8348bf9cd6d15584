package org.cxloop.web.surveys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.cxloop.core.Channel;
import org.cxloop.core.customer.CustomerDetails;
import org.cxloop.core.customer.Customers;
import org.cxloop.core.interaction.InteractionDetails;
import org.cxloop.core.interaction.Interactions;
import org.cxloop.core.stage.JourneyStages;
import org.cxloop.core.stage.StageDetails;
import org.cxloop.core.touchpoint.TouchpointDetails;
import org.cxloop.core.touchpoint.Touchpoints;
import org.cxloop.survey.campaign.AfterInteractionTrigger;
import org.cxloop.survey.campaign.Audience;
import org.cxloop.survey.campaign.CampaignDetails;
import org.cxloop.survey.campaign.CampaignView;
import org.cxloop.survey.campaign.Campaigns;
import org.cxloop.survey.campaign.SkipReason;
import org.cxloop.survey.definition.SurveyDefinition;
import org.cxloop.survey.definition.Surveys;
import org.cxloop.survey.response.SurveyType;
import org.cxloop.testsupport.PostgresIntegrationTest;
import org.cxloop.testsupport.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Campaigns that invite each customer a set number of hours after their interaction, driven by a hand-moved clock. */
@PostgresIntegrationTest
@Import(InvitationsAfterInteractionIntegrationTests.Clocks.class)
class InvitationsAfterInteractionIntegrationTests {

    @TestConfiguration(proxyBeanMethods = false)
    static class Clocks {
        @Bean
        @Primary
        TestClock testClock() {
            return new TestClock(Instant.now());
        }
    }

    @Autowired MockMvc mvc;
    @Autowired JourneyStages stages;
    @Autowired Touchpoints touchpoints;
    @Autowired Customers customers;
    @Autowired Interactions interactions;
    @Autowired Surveys surveys;
    @Autowired Campaigns campaigns;
    @Autowired AfterInteractionTrigger trigger;
    @Autowired JdbcClient jdbc;
    @Autowired TestClock clock;

    String suffix;
    String touchpoint;

    @BeforeEach
    void journeyAndCustomers() {
        suffix = UUID.randomUUID().toString().substring(0, 8);
        touchpoint = "delivery-" + suffix;
        stages.save("deliver-" + suffix, new StageDetails("Delivery", 5));
        touchpoints.save(touchpoint, new TouchpointDetails("Home delivery", Channel.STORE, "deliver-" + suffix));
        touchpoints.save("other-" + suffix, new TouchpointDetails("Store visit", Channel.STORE, "deliver-" + suffix));
        customer("emma", "emma-" + suffix + "@example.com", false);
        customer("lucia", "lucia-" + suffix + "@example.com", false);
        customer("otto", "otto-" + suffix + "@example.com", true);
        customer("sam", "sam-" + suffix + "@example.com", false);
        customer("nora", null, false);
    }

    @Test
    void invitesEachCustomerTheSetHoursAfterTheirInteractionOnceAndByTheRulesOfThatMoment() {
        interaction("emma", touchpoint);
        clock.advance(Duration.ofHours(1));
        var campaign = launchAfter(24);
        assertThat(campaigns.progress(campaign.id()).invited()).as("nobody is invited at launch").isZero();

        clock.advance(Duration.ofHours(1));
        var emmasVisit = interaction("emma", touchpoint);
        interaction("otto", touchpoint);
        interaction("sam", touchpoint);
        interaction("nora", touchpoint);
        interaction("lucia", "other-" + suffix);
        clock.advance(Duration.ofHours(1));
        interaction("lucia", touchpoint);

        clock.advance(Duration.ofHours(8));
        customers.save(id("sam"), new CustomerDetails("sam", "sam-" + suffix + "@example.com", "en", "seg-" + suffix,
                LocalDate.now().minusYears(1), null, false, true));
        clock.advance(Duration.ofHours(13));
        trigger.inviteDue();
        assertThat(campaigns.progress(campaign.id()).invited()).as("24 hours have not passed yet").isZero();

        clock.advance(Duration.ofMinutes(150));
        trigger.inviteDue();
        trigger.inviteDue();
        var progress = campaigns.progress(campaign.id());
        assertThat(progress.count("QUEUED")).isEqualTo(1);
        assertThat(progress.skipped()).containsEntry(SkipReason.OPTED_OUT, 2L).containsEntry(SkipReason.NO_EMAIL, 1L)
                .doesNotContainKey(SkipReason.FATIGUE);
        assertThat(invitedInteractions(campaign)).as("the visit before the launch does not count").containsExactly(emmasVisit);

        var emmasSecondVisit = interaction("emma", touchpoint);
        clock.advance(Duration.ofHours(1));
        trigger.inviteDue();
        assertThat(campaigns.progress(campaign.id()).count("QUEUED")).as("Lucía's interaction came due").isEqualTo(2);
        assertThat(jdbc.sql("select locale from invitation where campaign_id = :id order by id").param("id", campaign.id())
                .query(String.class).list()).containsExactly("en", "es");

        clock.advance(Duration.ofHours(24));
        trigger.inviteDue();
        trigger.inviteDue();
        progress = campaigns.progress(campaign.id());
        assertThat(progress.invited()).isEqualTo(2);
        assertThat(progress.skipped()).containsEntry(SkipReason.FATIGUE, 1L);
        assertThat(jdbc.sql("select outcome from campaign_interaction where campaign_id = :c and interaction_id = :x")
                .param("c", campaign.id()).param("x", emmasSecondVisit).query(String.class).single()).isEqualTo("FATIGUE");
        var mails = jdbc.sql("""
                        select count(*) from mail_outbox o join invitation i on i.id = o.invitation_id
                        where i.campaign_id = :id and o.kind = 'INVITATION'""")
                .param("id", campaign.id()).query(Long.class).single();
        assertThat(mails).as("one mail per invitation, however often the trigger runs").isEqualTo(2);
    }

    @Test
    void aCustomerCanBeAskedAgainForALaterInteractionOnceTheFatigueWindowHasPassed() {
        var campaign = launchAfter(2);
        interaction("emma", touchpoint);
        clock.advance(Duration.ofHours(3));
        trigger.inviteDue();
        clock.advance(Duration.ofDays(31));
        interaction("emma", touchpoint);
        clock.advance(Duration.ofHours(3));
        trigger.inviteDue();
        assertThat(campaigns.progress(campaign.id()).invited()).isEqualTo(2);
        assertThat(campaigns.progress(campaign.id()).skippedTotal()).isZero();
    }

    @Test
    void theCampaignFormRefusesHoursAfterTheInteractionForAnotherAudienceNextToTheField() throws Exception {
        var survey = surveys.create(SurveyDefinition.standard("Delivery CSAT " + suffix, SurveyType.CSAT));
        mvc.perform(post("/surveys/campaigns").with(user("admin@example.com").roles("ADMIN")).with(csrf())
                        .param("name", "After delivery " + suffix).param("surveyId", String.valueOf(survey.id()))
                        .param("touchpoint", touchpoint).param("audience", "SEGMENT").param("segment", "seg-" + suffix)
                        .param("reminders", "0").param("reminderIntervalHours", "72").param("linkValidityDays", "14")
                        .param("hoursAfterInteraction", "24"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "hoursAfterInteraction"))
                .andExpect(content().string(containsString("needs the audience of customers with an interaction")));
        mvc.perform(post("/surveys/campaigns").with(user("admin@example.com").roles("ADMIN")).with(csrf())
                        .param("name", "After delivery " + suffix).param("surveyId", String.valueOf(survey.id()))
                        .param("touchpoint", touchpoint).param("audience", "INTERACTION")
                        .param("reminders", "0").param("reminderIntervalHours", "72").param("linkValidityDays", "14")
                        .param("hoursAfterInteraction", "0"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "hoursAfterInteraction"));
        mvc.perform(post("/surveys/campaigns").with(user("admin@example.com").roles("ADMIN")).with(csrf())
                        .param("name", "After delivery " + suffix).param("surveyId", String.valueOf(survey.id()))
                        .param("touchpoint", touchpoint).param("audience", "INTERACTION")
                        .param("reminders", "0").param("reminderIntervalHours", "72").param("linkValidityDays", "14")
                        .param("hoursAfterInteraction", "36"))
                .andExpect(status().is3xxRedirection());
        var created = campaigns.list().stream().filter(c -> c.details().name().equals("After delivery " + suffix)).findFirst().orElseThrow();
        assertThat(created.details().hoursAfterInteraction()).isEqualTo(36);
        mvc.perform(get("/surveys/campaigns/{id}", created.id()).with(user("manager@example.com").roles("MANAGER")))
                .andExpect(content().string(containsString("invited 36 hours after their interaction")));
    }

    private CampaignView launchAfter(int hours) {
        var survey = surveys.create(SurveyDefinition.standard("Delivery NPS " + suffix, SurveyType.NPS));
        var campaign = campaigns.create(new CampaignDetails("After delivery " + suffix, survey.id(), touchpoint,
                Audience.INTERACTION, null, null, null, null, 1, 72, 14, true, hours));
        campaigns.launch(campaign.id());
        return campaign;
    }

    private List<Long> invitedInteractions(CampaignView campaign) {
        return jdbc.sql("select interaction_id from invitation where campaign_id = :id order by id").param("id", campaign.id())
                .query(Long.class).list();
    }

    private long interaction(String name, String at) {
        return interactions.record(new InteractionDetails(id(name), at, clock.instant(), true, null));
    }

    private String id(String name) {
        return name + "-" + suffix;
    }

    private void customer(String name, String email, boolean optedOut) {
        customers.save(id(name), new CustomerDetails(name, email, name.equals("lucia") ? "es" : "en", "seg-" + suffix,
                LocalDate.now().minusYears(1), null, false, optedOut));
    }
}
