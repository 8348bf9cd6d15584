package org.cxloop.web.surveys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
import org.cxloop.core.Channel;
import org.cxloop.core.customer.CustomerDetails;
import org.cxloop.core.customer.Customers;
import org.cxloop.core.stage.JourneyStages;
import org.cxloop.core.stage.StageDetails;
import org.cxloop.core.touchpoint.TouchpointDetails;
import org.cxloop.core.touchpoint.Touchpoints;
import org.cxloop.survey.campaign.AudienceUpload;
import org.cxloop.survey.campaign.Campaigns;
import org.cxloop.survey.definition.Surveys;
import org.cxloop.testsupport.PostgresIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
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

    @Test
    void aListCampaignInvitesTheCustomersOfAnUploadedCsvAndReportsUnknownLines() throws Exception {
        var survey = surveys.create(org.cxloop.survey.definition.SurveyDefinition.standard("List NPS " + suffix,
                org.cxloop.survey.response.SurveyType.NPS));
        var campaign = campaigns.create(new org.cxloop.survey.campaign.CampaignDetails("List " + suffix, survey.id(),
                "checkout-" + suffix, org.cxloop.survey.campaign.Audience.LIST, null, null, null, null, 0, 72, 14, false));
        mvc.perform(post("/surveys/campaigns/{id}/launch", campaign.id()).with(admin).with(csrf()))
                .andExpect(flash().attribute("error", "campaign.list.empty"));

        var csv = "external_id\nscreen-" + suffix + "\nnobody-" + suffix + "\n\"\"\n\"screen-" + suffix + "\"\n";
        var result = mvc.perform(multipart("/surveys/campaigns/{id}/audience", campaign.id())
                        .file(new MockMultipartFile("file", "list.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                        .with(admin).with(csrf()))
                .andExpect(redirectedUrl("/surveys/campaigns/" + campaign.id()))
                .andReturn();
        var upload = (AudienceUpload) result.getFlashMap().get("upload");
        assertThat(upload.listed()).isEqualTo(1);
        assertThat(upload.rejected()).extracting(AudienceUpload.Line::line, AudienceUpload.Line::reasonCode)
                .containsExactly(tuple(3L, "campaign.list.line.unknownId"), tuple(4L, "campaign.list.line.empty"));
        mvc.perform(get("/surveys/campaigns/{id}", campaign.id()).with(admin).flashAttr("upload", upload))
                .andExpect(content().string(containsString("Customers on the list: 1")))
                .andExpect(content().string(containsString("nobody-" + suffix)))
                .andExpect(content().string(containsString("No customer has this external id.")));

        mvc.perform(multipart("/surveys/campaigns/{id}/audience", campaign.id())
                        .file(new MockMultipartFile("file", "list.csv", "text/csv", "customer\nx\n".getBytes(StandardCharsets.UTF_8)))
                        .with(admin).with(csrf()))
                .andExpect(flash().attribute("error", "campaign.list.header"));
        var byEmail = mvc.perform(multipart("/surveys/campaigns/{id}/audience", campaign.id())
                        .file(new MockMultipartFile("file", "list.csv", "text/csv",
                                ("\uFEFFemail,name\nSAM-" + suffix + "@EXAMPLE.com,Sam\n").getBytes(StandardCharsets.UTF_8)))
                        .with(admin).with(csrf()))
                .andReturn();
        assertThat(((AudienceUpload) byEmail.getFlashMap().get("upload")).listed()).isEqualTo(1);
        mvc.perform(multipart("/surveys/campaigns/{id}/audience", campaign.id())
                        .file(new MockMultipartFile("file", "list.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                        .with(manager).with(csrf()))
                .andExpect(status().isForbidden());

        var progress = campaigns.launch(campaign.id());
        assertThat(progress.invited()).isEqualTo(1);
        mvc.perform(multipart("/surveys/campaigns/{id}/audience", campaign.id())
                        .file(new MockMultipartFile("file", "list.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                        .with(admin).with(csrf()))
                .andExpect(flash().attribute("error", "campaign.alreadyLaunched"));
    }

    @Test
    void theSurveyFormTakesExtraQuestionsAndShowsTheirErrorsNextToTheirFields() throws Exception {
        var form = post("/surveys").with(admin).with(csrf())
                .param("name", "Extra " + suffix).param("type", "CSAT")
                .param("questionEn", "How was it?").param("questionEs", "¿Qué tal?")
                .param("commentPromptEn", "Why?").param("commentPromptEs", "¿Por qué?")
                .param("questions[1].kind", "CHOICE").param("questions[1].textEn", "Which store?")
                .param("questions[1].textEs", "").param("questions[1].optionsEn", "North\nSouth\n\nEast")
                .param("questions[1].optionsEs", "Norte\nSur").param("questions[3].textEn", "Anything else?");
        mvc.perform(form)
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "questions[1].textEs", "questions[1].optionsEs",
                        "questions[3].kind"))
                .andExpect(content().string(containsString("Give as many options in Spanish as in English")))
                .andExpect(content().string(containsString("Choose single choice or free text.")))
                .andExpect(content().string(containsString("Which store?")));
        assertThat(surveys.list()).noneMatch(s -> s.definition().name().equals("Extra " + suffix));

        mvc.perform(post("/surveys").with(admin).with(csrf())
                        .param("name", "Extra " + suffix).param("type", "CSAT")
                        .param("questionEn", "How was it?").param("questionEs", "¿Qué tal?")
                        .param("commentPromptEn", "Why?").param("commentPromptEs", "¿Por qué?")
                        .param("questions[1].kind", "CHOICE").param("questions[1].textEn", "Which store?")
                        .param("questions[1].textEs", "¿Qué tienda?").param("questions[1].optionsEn", "North\nSouth")
                        .param("questions[1].optionsEs", "Norte\nSur").param("questions[1].required", "true")
                        .param("questions[3].kind", "TEXT").param("questions[3].textEn", "Anything else?")
                        .param("questions[3].textEs", "¿Algo más?"))
                .andExpect(redirectedUrl("/surveys"));
        var created = surveys.list().stream().filter(s -> s.definition().name().equals("Extra " + suffix)).findFirst().orElseThrow();
        assertThat(created.definition().questions()).extracting(q -> q.kind() + " " + q.textEs() + " " + q.optionsEs() + " " + q.required())
                .containsExactly("CHOICE ¿Qué tienda? [Norte, Sur] true", "TEXT ¿Algo más? [] false");
        var page = mvc.perform(get("/surveys/new").with(admin))
                .andExpect(content().string(containsString("Extra question 5")))
                .andReturn().getResponse().getContentAsString();
        // Every label of a question slot names the id of its control, so screen readers and taps find the field.
        var labels = java.util.regex.Pattern.compile("<label[^>]*for=\"(questions[^\"]+)\"").matcher(page);
        var checked = 0;
        while (labels.find()) {
            assertThat(page).contains("id=\"" + labels.group(1) + "\"");
            checked++;
        }
        assertThat(checked).isEqualTo(5 * 6);
    }

    @Test
    void exportsTheCampaignsListWithProgressAsCsv() throws Exception {
        var survey = surveys.create(org.cxloop.survey.definition.SurveyDefinition.standard("Csv NPS " + suffix,
                org.cxloop.survey.response.SurveyType.NPS));
        var campaign = campaigns.create(new org.cxloop.survey.campaign.CampaignDetails("+Export " + suffix, survey.id(),
                "checkout-" + suffix, org.cxloop.survey.campaign.Audience.LIST, null, null, null, null, 0, 72, 14, false));

        var csv = org.cxloop.testsupport.CsvDownloads.csv(mvc, "/surveys/campaigns.csv");

        assertThat(csv.lines()).first().isEqualTo("campaign,name,survey,survey_type,touchpoint,status,created_at,launched_at,"
                + "invited,answered,response_rate");
        assertThat(csv.lines().filter(l -> l.startsWith(campaign.id() + ","))).singleElement().asString()
                .startsWith(campaign.id() + ",'+Export " + suffix + ",Csv NPS " + suffix + ",NPS,")
                .contains(",DRAFT,").endsWith(",,0,0,");
    }
}
