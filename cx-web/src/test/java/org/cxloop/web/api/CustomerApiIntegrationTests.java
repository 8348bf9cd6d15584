package org.cxloop.web.api;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.hamcrest.Matchers.containsString;

import java.util.UUID;
import org.cxloop.core.apikey.ApiKeys;
import org.cxloop.testsupport.PostgresIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@PostgresIntegrationTest
class CustomerApiIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApiKeys apiKeys;

    String bearer;
    String id;

    @BeforeEach
    void issueKey() {
        bearer = "Bearer " + apiKeys.issue("customer tests", "tests").secret();
        id = "c-" + UUID.randomUUID();
    }

    @Test
    void createsACustomerThenUpdatesItByExternalId() throws Exception {
        mvc.perform(put("/api/v1/customers/{id}", id).header("Authorization", bearer)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"name":"Lucía Gómez","email":"Lucia@Example.com","locale":"es","segment":"smb",
                                 "customerSince":"2025-03-01"}"""))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString("/api/v1/customers/" + id)))
                .andExpect(jsonPath("$.externalId").value(id))
                .andExpect(jsonPath("$.email").value("lucia@example.com"))
                .andExpect(jsonPath("$.churnedAt").doesNotExist());

        mvc.perform(put("/api/v1/customers/{id}", id).header("Authorization", bearer)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"name":"Lucía Gómez","email":"lucia@example.com","locale":"es","segment":"enterprise",
                                 "customerSince":"2025-03-01","churnedAt":"2026-10-31"}"""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.segment").value("enterprise"));

        mvc.perform(get("/api/v1/customers/{id}", id).header("Authorization", bearer))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Lucía Gómez"))
                .andExpect(jsonPath("$.churnedAt").value("2026-10-31"));
    }

    @Test
    void searchesCustomersByNameEmailOrExternalId() throws Exception {
        var marker = UUID.randomUUID().toString().substring(0, 8);
        mvc.perform(put("/api/v1/customers/{id}", id).header("Authorization", bearer)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Zed " + marker + "\",\"customerSince\":\"2024-01-01\"}"))
                .andExpect(status().isCreated());

        mvc.perform(get("/api/v1/customers").param("search", marker.toUpperCase()).header("Authorization", bearer))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalItems").value(1))
                .andExpect(jsonPath("$.items[0].externalId").value(id));
        mvc.perform(get("/api/v1/customers").param("search", "%").param("size", "1").header("Authorization", bearer))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.size").value(1));
    }

    @Test
    void refusesANulCharacterAsBadInputNotAsAConflict() throws Exception {
        mvc.perform(put("/api/v1/customers/{id}", id).header("Authorization", bearer)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Ann\\u0000\",\"customerSince\":\"2024-01-01\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("NUL character")));
        mvc.perform(get("/api/v1/customers/{id}", id).header("Authorization", bearer)).andExpect(status().isNotFound());
    }

    @Test
    void rejectsAnInvalidEmailNamingTheField() throws Exception {
        mvc.perform(put("/api/v1/customers/{id}", id).header("Authorization", bearer)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Ann\",\"email\":\"not-an-email\",\"customerSince\":\"2024-01-01\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", containsString("application/problem+json")))
                .andExpect(jsonPath("$.field").value("email"))
                .andExpect(jsonPath("$.detail", containsString("email")));
    }

    @Test
    void rejectsAChurnDateBeforeTheCustomerSinceDate() throws Exception {
        mvc.perform(put("/api/v1/customers/{id}", id).header("Authorization", bearer)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Ann\",\"customerSince\":\"2024-05-01\",\"churnedAt\":\"2024-04-30\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("churnedAt"));
    }

    @Test
    void rejectsMalformedJsonAndBadDatesWithAReadableMessage() throws Exception {
        mvc.perform(put("/api/v1/customers/{id}", id).header("Authorization", bearer)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Ann\",\"customerSince\":\"yesterday\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("ISO 8601")));
        mvc.perform(put("/api/v1/customers/{id}", id).header("Authorization", bearer)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("Unreadable request body"));
    }

    @Test
    void rejectsAnExternalIdWithUnsafeCharacters() throws Exception {
        mvc.perform(put("/api/v1/customers/{id}", "bad id!").header("Authorization", bearer)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Ann\",\"customerSince\":\"2024-05-01\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("externalId"));
    }

    @Test
    void answersNotFoundForAnUnknownCustomer() throws Exception {
        mvc.perform(get("/api/v1/customers/{id}", "nobody-" + id).header("Authorization", bearer))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.status").value(404))
                .andExpect(jsonPath("$.detail", containsString("nobody-")));
    }
}
