package org.cxloop.web.api;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.cxloop.core.apikey.ApiKeys;
import org.cxloop.testsupport.PostgresIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@PostgresIntegrationTest
class StageAndTouchpointApiIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApiKeys apiKeys;

    String bearer;
    String suffix;

    @BeforeEach
    void issueKey() {
        bearer = "Bearer " + apiKeys.issue("stage tests", "tests").secret();
        suffix = UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void createsStagesAndListsThemInJourneyOrder() throws Exception {
        mvc.perform(json(post("/api/v1/stages"), "{\"code\":\"late-" + suffix + "\",\"name\":\"Loyalty\",\"position\":900}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.code").value("late-" + suffix));
        mvc.perform(json(post("/api/v1/stages"), "{\"code\":\"early-" + suffix + "\",\"name\":\"Awareness\",\"position\":1}"))
                .andExpect(status().isCreated());

        var body = mvc.perform(get("/api/v1/stages").header("Authorization", bearer))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        org.assertj.core.api.Assertions.assertThat(body.indexOf("early-" + suffix))
                .isLessThan(body.indexOf("late-" + suffix));
    }

    @Test
    void refusesASecondStageWithTheSameCode() throws Exception {
        var stage = "{\"code\":\"dup-" + suffix + "\",\"name\":\"Purchase\",\"position\":3}";
        mvc.perform(json(post("/api/v1/stages"), stage)).andExpect(status().isCreated());
        mvc.perform(json(post("/api/v1/stages"), stage))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("dup-" + suffix)));
    }

    @Test
    void updatesAStageByCode() throws Exception {
        mvc.perform(json(put("/api/v1/stages/{code}", "up-" + suffix), "{\"name\":\"Onboard\",\"position\":4}"))
                .andExpect(status().isCreated());
        mvc.perform(json(put("/api/v1/stages/{code}", "up-" + suffix), "{\"name\":\"Onboarding\",\"position\":5}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Onboarding"))
                .andExpect(jsonPath("$.position").value(5));
    }

    @Test
    void rejectsAStageWithoutNameOrPositionNamingTheField() throws Exception {
        mvc.perform(json(post("/api/v1/stages"), "{\"code\":\"x-" + suffix + "\",\"position\":1}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("name"));
        mvc.perform(json(post("/api/v1/stages"), "{\"code\":\"y-" + suffix + "\",\"name\":\"Y\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("position"));
        mvc.perform(json(post("/api/v1/stages"), "{\"code\":\"Bad Code\",\"name\":\"Y\",\"position\":1}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("code"));
    }

    @Test
    void placesATouchpointOnAStageAndAChannel() throws Exception {
        mvc.perform(json(put("/api/v1/stages/{code}", "support-" + suffix), "{\"name\":\"Support\",\"position\":6}"))
                .andExpect(status().isCreated());
        mvc.perform(json(post("/api/v1/touchpoints"),
                        "{\"code\":\"call-" + suffix + "\",\"name\":\"Call centre\",\"channel\":\"PHONE\",\"stage\":\"support-" + suffix + "\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.channel").value("PHONE"))
                .andExpect(jsonPath("$.stageCode").value("support-" + suffix));

        mvc.perform(json(put("/api/v1/touchpoints/{code}", "call-" + suffix),
                        "{\"name\":\"Phone support\",\"channel\":\"CHAT\",\"stage\":\"support-" + suffix + "\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.channel").value("CHAT"));
        mvc.perform(get("/api/v1/touchpoints/{code}", "call-" + suffix).header("Authorization", bearer))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Phone support"));
    }

    @Test
    void rejectsATouchpointOnAnUnknownStageOrChannel() throws Exception {
        mvc.perform(json(post("/api/v1/touchpoints"),
                        "{\"code\":\"t-" + suffix + "\",\"name\":\"T\",\"channel\":\"WEB\",\"stage\":\"nowhere-" + suffix + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("stage"));
        mvc.perform(json(post("/api/v1/touchpoints"),
                        "{\"code\":\"t-" + suffix + "\",\"name\":\"T\",\"channel\":\"FAX\",\"stage\":\"x\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("channel"));
    }

    @Test
    void answersNotFoundForAnUnknownTouchpoint() throws Exception {
        mvc.perform(get("/api/v1/touchpoints/{code}", "missing-" + suffix).header("Authorization", bearer))
                .andExpect(status().isNotFound());
    }

    private MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.header("Authorization", bearer).contentType(MediaType.APPLICATION_JSON).content(body);
    }
}
