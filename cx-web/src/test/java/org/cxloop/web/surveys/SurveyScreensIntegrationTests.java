package org.cxloop.web.surveys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;
import org.cxloop.core.Channel;
import org.cxloop.core.customer.CustomerDetails;
import org.cxloop.core.customer.Customers;
import org.cxloop.core.stage.JourneyStages;
import org.cxloop.core.stage.StageDetails;
import org.cxloop.core.touchpoint.TouchpointDetails;
import org.cxloop.core.touchpoint.Touchpoints;
import org.cxloop.survey.campaign.Campaigns;
import org.cxloop.survey.definition.Surveys;
import org.cxloop.testsupport.PostgresIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@PostgresIntegrationTest
class SurveyScreensIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired Surveys surveys;
    @Autowired Campaigns campaigns;
    @Autowired JourneyStages stages;
    @Autowired Touchpoints touchpoints;
    @Autowired Customers customers;

    final RequestPostProcessor admin = user("admin@example.com").roles("ADMIN");
    final RequestPostProcessor manager = user("manager@example.com").roles("MANAGER");
    String suffix;

    @BeforeEach
    void journey() {
        suffix = UUID.randomUUID().toString().substring(0, 8);
        stages.save("buy-" + suffix, new StageDetails("Purchase", 3));
        touchpoints.save("checkout-" + suffix, new TouchpointDetails("Web checkout", Channel.WEB, "buy-" + suffix));
        customers.save("screen-" + suffix, new CustomerDetails("Sam", "sam-" + suffix + "@example.com", "en",
                "seg-" + suffix, LocalDate.now().minusMonths(3), null, false, false));
    }

    @Test
    void offersTheStandardWordingOfTheChosenType() throws Exception {
        mvc.perform(get("/surveys/new").param("type", "CES").with(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The company made it easy to handle my issue.")));
    }

    @Test
    void createsASurveyAndShowsFieldErrorsForMissingWording() throws Exception {
        mvc.perform(post("/surveys").with(admin).with(csrf())
                        .param("name", "").param("type", "CSAT").param("questionEn", "").param("questionEs", "¿Qué tal?")
                        .param("commentPromptEn", "Why?").param("commentPromptEs", "¿Por qué?"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "name", "questionEn"));

        mvc.perform(post("/surveys").with(admin).with(csrf())
                        .param("name", "Checkout CSAT " + suffix).param("type", "CSAT")
                        .param("questionEn", "How was checkout?").param("questionEs", "¿Qué tal el pago?")
                        .param("commentPromptEn", "Why?").param("commentPromptEs", "¿Por qué?"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl("/surveys"));
        mvc.perform(get("/surveys").with(manager))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Checkout CSAT " + suffix)));
    }

    @Test
    void createsACampaignAsADraftThenLaunchesIt() throws Exception {
        var survey = surveys.create(org.cxloop.survey.definition.SurveyDefinition.standard("S " + suffix,
                org.cxloop.survey.response.SurveyType.NPS));
        mvc.perform(post("/surveys/campaigns").with(admin).with(csrf())
                        .param("name", "Checkout " + suffix).param("surveyId", String.valueOf(survey.id()))
                        .param("touchpoint", "checkout-" + suffix).param("audience", "SEGMENT").param("segment", "")
                        .param("reminders", "1").param("reminderIntervalHours", "72").param("linkValidityDays", "14"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "segment", "campaign.segment.required"));

        var created = mvc.perform(post("/surveys/campaigns").with(admin).with(csrf())
                        .param("name", "Checkout " + suffix).param("surveyId", String.valueOf(survey.id()))
                        .param("touchpoint", "checkout-" + suffix).param("audience", "SEGMENT").param("segment", "seg-" + suffix)
                        .param("reminders", "1").param("reminderIntervalHours", "72").param("linkValidityDays", "14")
                        .param("followUp", "true"))
                .andExpect(redirectedUrlPattern("/surveys/campaigns/*"))
                .andReturn().getResponse().getRedirectedUrl();

        mvc.perform(get(created).with(manager))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Not launched yet")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Launch campaign"))));
        mvc.perform(post(created + "/launch").with(admin).with(csrf())).andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl(created));
        var id = Long.parseLong(created.substring(created.lastIndexOf('/') + 1));
        assertThat(campaigns.progress(id).count("QUEUED")).isEqualTo(1);
        mvc.perform(get(created).with(admin))
                .andExpect(content().string(containsString("Nobody was skipped.")));
    }

    @Test
    void letsManagersFollowCampaignsButNotCreateThem() throws Exception {
        mvc.perform(get("/surveys").with(manager)).andExpect(status().isOk());
        mvc.perform(get("/surveys/new").with(manager)).andExpect(status().isForbidden());
        mvc.perform(get("/surveys/campaigns/new").with(manager)).andExpect(status().isForbidden());
        mvc.perform(post("/surveys").with(manager).with(csrf()).param("name", "x")).andExpect(status().isForbidden());
    }
}
