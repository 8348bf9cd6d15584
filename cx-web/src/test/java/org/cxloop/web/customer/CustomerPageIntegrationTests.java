package org.cxloop.web.customer;

import static org.cxloop.testsupport.CsvDownloads.csv;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.cxloop.core.Channel;
import org.cxloop.core.customer.CustomerDetails;
import org.cxloop.core.customer.Customers;
import org.cxloop.core.stage.JourneyStages;
import org.cxloop.core.stage.StageDetails;
import org.cxloop.core.touchpoint.TouchpointDetails;
import org.cxloop.core.touchpoint.Touchpoints;
import org.cxloop.testsupport.PostgresIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The customer page on PostgreSQL: profile, status and the timeline merged across channels. */
@PostgresIntegrationTest
class CustomerPageIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JourneyStages stages;
    @Autowired
    Touchpoints touchpoints;
    @Autowired
    Customers customers;
    @Autowired
    JdbcClient jdbc;

    final String run = UUID.randomUUID().toString().substring(0, 8);
    long hotline;
    long webshop;

    @BeforeEach
    void journey() {
        stages.save("care-" + run, new StageDetails("Care " + run, 1));
        touchpoints.save("hotline-" + run, new TouchpointDetails("Hotline " + run, Channel.PHONE, "care-" + run));
        touchpoints.save("shop-" + run, new TouchpointDetails("Web shop " + run, Channel.WEB, "care-" + run));
        hotline = touchpoints.get("hotline-" + run).id();
        webshop = touchpoints.get("shop-" + run).id();
    }

    @Test
    void showsSegmentStatusAndOneTimelineAcrossChannelsNewestFirst() throws Exception {
        var customer = customer("emma", "2026-04-01", true);
        interaction(customer, hotline, "2026-03-01T09:00:00Z", true);
        var survey = jdbc.sql("""
                        insert into survey (name, survey_type, question_en, question_es, comment_prompt_en, comment_prompt_es, created_at)
                        values (?, 'NPS', 'Q', 'P', 'Why?', '¿Por qué?', now()) returning id""")
                .param("Survey " + run).query(Long.class).single();
        var campaign = jdbc.sql("""
                        insert into campaign (name, survey_id, touchpoint_id, audience, status, created_at)
                        values (?, ?, ?, 'EVERYONE', 'LAUNCHED', now()) returning id""")
                .params("After the call " + run, survey, hotline).query(Long.class).single();
        var invitation = jdbc.sql("""
                        insert into invitation (campaign_id, customer_id, token_nonce, locale, status, created_at, send_after,
                            sent_at, opened_at, expires_at)
                        values (?, ?, ?, 'en', 'OPENED', ?, ?, ?, ?, ?) returning id""")
                .params(campaign, customer, UUID.randomUUID().toString(), at("2026-03-02T09:00:00Z"), at("2026-03-02T09:00:00Z"),
                        at("2026-03-02T09:01:00Z"), at("2026-03-02T12:00:00Z"), at("2026-03-16T09:00:00Z"))
                .query(Long.class).single();
        var response = jdbc.sql("""
                        insert into survey_response (customer_id, touchpoint_id, survey_type, score, comment, responded_at, source,
                            created_at, invitation_id)
                        values (?, ?, 'NPS', 3, ?, ?, 'EMAIL', ?, ?) returning id""")
                .params(customer, hotline, "Kept on hold for an hour " + run, at("2026-03-03T09:00:00Z"),
                        at("2026-03-03T09:00:00Z"), invitation)
                .query(Long.class).single();
        var caseId = jdbc.sql("""
                        insert into follow_up_case (response_id, customer_id, touchpoint_id, rule_name, status, sla_hours,
                            opened_at, due_at)
                        values (?, ?, ?, 'Unhappy callers', 'NEW', 24, ?, ?) returning id""")
                .params(response, customer, hotline, at("2026-03-03T09:00:01Z"), at("2026-03-04T09:00:00Z"))
                .query(Long.class).single();
        interaction(customer, webshop, "2026-03-05T09:00:00Z", false);

        var page = page("/customers/" + run + "-emma");

        assertThat(page).contains("<h1>Emma " + run + "</h1>", "Customer · " + run + "-emma", "Churned on 1 Apr 2026",
                "Opted out of surveys", "Segment " + run, "Customer since", "1 Jan 2025");
        assertThat(page).contains("2 interactions", "1 survey invitation", "1 answer", "1 follow-up case");
        var timeline = page.substring(page.indexOf("id=\"customer-timeline\""));
        assertThat(timeline).contains("NPS survey invitation: After the call " + run, "Opened", "NPS 3",
                "Kept on hold for an hour " + run, "through an emailed invitation", "Follow-up case: Unhappy callers",
                "href=\"/cases/" + caseId + "\"", "href=\"/touchpoints/hotline-" + run + "?period=12m\"", "resolved on first contact",
                "not resolved", "Phone", "Web", "Email");
        var order = new String[] {"data-kind=\"INTERACTION\"", "data-kind=\"CASE\"", "data-kind=\"ANSWER\"",
                "data-kind=\"INVITATION\"", "resolved on first contact"};
        for (int i = 1; i < order.length; i++) {
            assertThat(timeline.indexOf(order[i - 1])).as(order[i - 1] + " before " + order[i])
                    .isLessThan(timeline.indexOf(order[i]));
        }
        assertThat(timeline).doesNotContain("Older");

        var casePage = mvc.perform(get("/cases/{id}", caseId).with(user("manager@example.com").roles("MANAGER")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(casePage).contains("href=\"/customers/" + run + "-emma\"");
    }

    @Test
    void pagesALongTimelineTwentyFiveEntriesAtATime() throws Exception {
        var customer = customer("busy", null, false);
        for (int day = 1; day <= 30; day++) {
            interaction(customer, webshop, "2026-03-%02dT09:00:00Z".formatted(day), true);
        }

        var first = page("/customers/" + run + "-busy");
        assertThat(first).contains("Active", "30 interactions", "href=\"/customers/" + run + "-busy?page=1\"", "30 Mar 2026");
        assertThat(first.split("data-kind=\"INTERACTION\"", -1)).hasSize(26);
        assertThat(first).doesNotContain("Opted out of surveys", "Newer");

        var second = page("/customers/" + run + "-busy?page=1");
        assertThat(second.split("data-kind=\"INTERACTION\"", -1)).hasSize(6);
        assertThat(second).contains("href=\"/customers/" + run + "-busy?page=0\"", "1 Mar 2026").doesNotContain("Older");
        assertThat(page("/customers/" + run + "-busy?page=9")).contains("The timeline ends before this page.");
    }

    @Test
    void aCustomerWithNothingRecordedSaysSo() throws Exception {
        customer("quiet", null, false);
        assertThat(page("/customers/" + run + "-quiet"))
                .contains("Nothing recorded for this customer yet", "No interactions", "No follow-up cases");
    }

    @Test
    void answersNotFoundForAnUnknownCustomerAndBadRequestForAPageThatIsNoNumber() throws Exception {
        mvc.perform(get("/customers/nobody-" + run).with(user("manager@example.com").roles("MANAGER")))
                .andExpect(status().isNotFound());
        customer("paged", null, false);
        mvc.perform(get("/customers/" + run + "-paged").param("page", "x").with(user("manager@example.com").roles("MANAGER")))
                .andExpect(status().isBadRequest());
    }

    private long customer(String name, String churned, boolean optedOut) {
        var display = Character.toUpperCase(name.charAt(0)) + name.substring(1) + " " + run;
        return customers.save(run + "-" + name, new CustomerDetails(display, name + "@example.com", "en", "Segment " + run,
                LocalDate.parse("2025-01-01"), churned == null ? null : LocalDate.parse(churned), false, optedOut)).value().id();
    }

    private void interaction(long customer, long touchpoint, String at, boolean firstContact) {
        jdbc.sql("insert into interaction (customer_id, touchpoint_id, occurred_at, resolved_on_first_contact) values (?, ?, ?, ?)")
                .params(customer, touchpoint, at(at), firstContact).update();
    }

    private static OffsetDateTime at(String text) {
        return OffsetDateTime.parse(text);
    }

    private String page(String path) throws Exception {
        return mvc.perform(get(path).queryParam("lang", "en").with(user("manager@example.com").roles("MANAGER")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void exportsTheWholeTimelineAsCsvWithFormulasNeutralised() throws Exception {
        var customer = customer("tim", null, false);
        interaction(customer, hotline, "2026-03-01T09:00:00Z", true);
        jdbc.sql("""
                        insert into survey_response (customer_id, touchpoint_id, survey_type, score, comment, responded_at, source,
                            created_at)
                        values (?, ?, 'CSAT', 2, ?, ?, 'API', ?)""")
                .params(customer, webshop, "=SUM(A1) " + run, at("2026-03-03T09:00:00Z"), at("2026-03-03T09:00:00Z")).update();
        customer("other", null, false);

        var csv = csv(mvc, "/customers/" + run + "-tim/timeline.csv");

        assertThat(csv.lines()).containsExactly("at,kind,touchpoint,touchpoint_name,channel,title,state,survey_type,score,comment",
                "2026-03-03T09:00:00Z,ANSWER,shop-" + run + ",Web shop " + run + ",WEB,,API,CSAT,2,'=SUM(A1) " + run,
                "2026-03-01T09:00:00Z,INTERACTION,hotline-" + run + ",Hotline " + run + ",PHONE,,FIRST_CONTACT,,,");
        mvc.perform(get("/customers/nobody-" + run + "/timeline.csv").with(user("manager@example.com").roles("MANAGER")))
                .andExpect(status().isNotFound());
    }
}
