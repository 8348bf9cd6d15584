package org.cxloop.web.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.cxloop.core.customer.CustomerDetails;
import org.cxloop.core.customer.Customers;
import org.cxloop.survey.feedback.FeedbackInbox;
import org.cxloop.survey.feedback.FeedbackOrigin;
import org.cxloop.survey.feedback.NewFeedback;
import org.cxloop.testsupport.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** A customer's page lists their feedback from other channels among the rest of their history. */
@PostgresIntegrationTest
class FeedbackTimelineIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired Customers customers;
    @Autowired FeedbackInbox inbox;

    @Test
    void theTimelineShowsFeedbackWithItsKindRatingAndText() throws Exception {
        var s = UUID.randomUUID().toString().substring(0, 8);
        customers.save("tl-" + s, new CustomerDetails("Tomás", null, "es", null, LocalDate.of(2024, 1, 1), null, false, false));
        inbox.receive(new NewFeedback("REVIEW", "APP", "tl-" + s, null, 4, 5, "Buena app, aunque lenta al abrir " + s,
                Instant.parse("2026-10-10T10:00:00Z"), null, null, null), FeedbackOrigin.API);
        inbox.receive(new NewFeedback("CONTACT_CENTRE", "PHONE", "tl-" + s, null, null, null, "Llamó por una factura " + s,
                Instant.parse("2026-10-12T10:00:00Z"), "agent 3", null, null), FeedbackOrigin.IMPORT);

        var html = mvc.perform(get("/customers/{id}", "tl-" + s).with(user("m@example.com").roles("MANAGER")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("2 pieces of feedback", "data-kind=\"FEEDBACK\"", "Review", "4 of 5",
                "Buena app, aunque lenta al abrir " + s, "Contact centre", "Llamó por una factura " + s);
        assertThat(html.indexOf("Llamó por una factura")).isLessThan(html.indexOf("Buena app"));
    }
}
