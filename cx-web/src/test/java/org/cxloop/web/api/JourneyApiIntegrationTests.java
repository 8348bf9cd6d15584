package org.cxloop.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
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
class JourneyApiIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired ApiKeys apiKeys;

    String bearer;
    String s;

    @BeforeEach
    void issueKey() {
        bearer = "Bearer " + apiKeys.issue("journey tests", "tests").secret();
        s = UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void createsAJourneyPlacesStagesAndTouchpointsAndReadsThemBackInOrder() throws Exception {
        var id = createJourney("Telecom " + s);
        var body = mvc.perform(get("/api/v1/journeys/{id}", id).header("Authorization", bearer))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.asIs.journey.name").value("Telecom " + s))
                .andExpect(jsonPath("$.asIs.version.status").value("AS_IS"))
                .andExpect(jsonPath("$.asIs.stages").isEmpty())
                .andReturn().getResponse().getContentAsString();
        long version = ((Number) JsonPath.read(body, "$.asIs.version.id")).longValue();
        var versionUrl = "/api/v1/journeys/" + id + "/versions/" + version;

        var stage = mvc.perform(json(post(versionUrl + "/stages"), "{\"name\":\"Support " + s + "\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.code").value("support-" + s))
                .andReturn().getResponse().getContentAsString();
        mvc.perform(json(post(versionUrl + "/stages"), "{\"code\":\"buy-" + s + "\",\"name\":\"Purchase\"}"))
                .andExpect(status().isCreated());
        long stageId = ((Number) JsonPath.read(stage, "$.id")).longValue();
        mvc.perform(json(post(versionUrl + "/stages/{stage}/touchpoints", stageId),
                        "{\"code\":\"hotline-" + s + "\",\"name\":\"Hotline\",\"channel\":\"PHONE\",\"ownerTeam\":\"Care\","
                                + "\"expectation\":\"Answer in a minute\",\"expectedCsat\":4,\"momentOfTruth\":true,\"painPoints\":\"Menus\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.code").value("hotline-" + s))
                .andExpect(jsonPath("$.momentOfTruth").value(true));

        mvc.perform(get(versionUrl).header("Authorization", bearer))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.stages[0].name").value("Support " + s))
                .andExpect(jsonPath("$.stages[1].code").value("buy-" + s))
                .andExpect(jsonPath("$.stages[0].touchpoints[0].expectedCsat").value(4))
                .andExpect(jsonPath("$.stages[0].touchpoints[0].channel").value("PHONE"));
        mvc.perform(get("/api/v1/touchpoints/{code}", "hotline-" + s).header("Authorization", bearer))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.stageCode").value("support-" + s));
    }

    @Test
    void listsAndUpdatesJourneys() throws Exception {
        var id = createJourney("Listed " + s);
        mvc.perform(json(put("/api/v1/journeys/{id}", id), "{\"name\":\"Renamed " + s + "\",\"persona\":\"SMEs\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.asIs.journey.persona").value("SMEs"));
        mvc.perform(get("/api/v1/journeys").header("Authorization", bearer))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].name", hasItem("Renamed " + s)))
                .andExpect(jsonPath("$[*].name", not(hasItem("Listed " + s))));
    }

    @Test
    void namesTheFieldOfAnInvalidJourneyOrTouchpoint() throws Exception {
        mvc.perform(json(post("/api/v1/journeys"), "{\"name\":\"No persona\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("persona"));
        var id = createJourney("Scores " + s);
        var body = mvc.perform(get("/api/v1/journeys/{id}", id).header("Authorization", bearer)).andReturn().getResponse().getContentAsString();
        long version = ((Number) JsonPath.read(body, "$.asIs.version.id")).longValue();
        var stage = mvc.perform(json(post("/api/v1/journeys/{id}/versions/{v}/stages", id, version), "{\"name\":\"Usage " + s + "\"}"))
                .andReturn().getResponse().getContentAsString();
        mvc.perform(json(post("/api/v1/journeys/{id}/versions/{v}/stages/{st}/touchpoints", id, version, JsonPath.read(stage, "$.id")),
                        "{\"name\":\"App\",\"channel\":\"APP\",\"expectedCsat\":7}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("expectedCsat"));
        mvc.perform(get("/api/v1/journeys/{id}", 987654321L).header("Authorization", bearer))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/journeys")).andExpect(status().isUnauthorized());
    }

    @Test
    void aDocumentExportedThroughTheApiImportsAndExportsUnchanged() throws Exception {
        var id = createJourney("Round trip " + s);
        var body = mvc.perform(get("/api/v1/journeys/{id}", id).header("Authorization", bearer)).andReturn().getResponse().getContentAsString();
        long version = ((Number) JsonPath.read(body, "$.asIs.version.id")).longValue();
        var stage = mvc.perform(json(post("/api/v1/journeys/{id}/versions/{v}/stages", id, version), "{\"name\":\"Visit " + s + "\"}"))
                .andReturn().getResponse().getContentAsString();
        mvc.perform(json(post("/api/v1/journeys/{id}/versions/{v}/stages/{st}/touchpoints", id, version, JsonPath.read(stage, "$.id")),
                        "{\"name\":\"Kiosk " + s + "\",\"channel\":\"STORE\",\"expectedCsat\":3,\"painPoints\":\"Queues\"}"))
                .andExpect(status().isCreated());

        var document = mvc.perform(get("/api/v1/journeys/{id}/document", id).header("Authorization", bearer))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.format").value("cx-loop/journey-map@1"))
                .andExpect(jsonPath("$.versions[0].stages[0].touchpoints[0].code").value("kiosk-" + s))
                .andReturn().getResponse().getContentAsString();
        var imported = mvc.perform(json(post("/api/v1/journeys/documents"), document))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString("/api/v1/journeys/")))
                .andReturn().getResponse().getContentAsString();
        long importedId = ((Number) JsonPath.read(imported, "$.asIs.journey.id")).longValue();
        assertThat(importedId).isNotEqualTo(id);

        var again = mvc.perform(get("/api/v1/journeys/{id}/document", importedId).header("Authorization", bearer))
                .andReturn().getResponse().getContentAsString();
        assertThat(again).isEqualTo(document);
    }

    @Test
    void theOpenApiDescriptionDocumentsTheJourneyEndpoints() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/journeys'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/journeys'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/journeys/{id}'].put").exists())
                .andExpect(jsonPath("$.paths['/api/v1/journeys/documents'].post").exists());
    }

    long createJourney(String name) throws Exception {
        var body = mvc.perform(json(post("/api/v1/journeys"), "{\"name\":\"" + name + "\",\"persona\":\"Families\",\"description\":\"d\"}"))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString("/api/v1/journeys/")))
                .andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(body, "$.asIs.journey.id")).longValue();
    }

    MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.header("Authorization", bearer).contentType(MediaType.APPLICATION_JSON).content(body);
    }
}
