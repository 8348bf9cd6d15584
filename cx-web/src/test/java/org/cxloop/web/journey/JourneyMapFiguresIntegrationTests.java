package org.cxloop.web.journey;

import static org.cxloop.testsupport.CsvDownloads.csv;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.cxloop.core.Channel;
import org.cxloop.core.apikey.ApiKeys;
import org.cxloop.core.customer.CustomerDetails;
import org.cxloop.core.customer.Customers;
import org.cxloop.core.touchpoint.Touchpoints;
import org.cxloop.journey.map.JourneyDetails;
import org.cxloop.journey.map.JourneyEditor;
import org.cxloop.journey.map.JourneyMaps;
import org.cxloop.journey.map.StageInput;
import org.cxloop.journey.map.TouchpointInput;
import org.cxloop.testsupport.PostgresIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Live figures on a journey map and the expectation gaps in the API, on PostgreSQL, over a journey built through the
 * services and answers worked out by hand. Codes carry a fresh suffix, so other tests' answers never count.
 */
@PostgresIntegrationTest
class JourneyMapFiguresIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired JourneyMaps maps;
    @Autowired JourneyEditor editor;
    @Autowired Customers customers;
    @Autowired Touchpoints touchpoints;
    @Autowired ApiKeys apiKeys;
    @Autowired JdbcClient jdbc;

    RequestPostProcessor manager = user("manager@example.com").roles("MANAGER");
    String s;
    long journey;
    long customer;

    @BeforeEach
    void buildJourneyWithAnswers() {
        s = UUID.randomUUID().toString().substring(0, 8);
        journey = maps.create(new JourneyDetails("Figures " + s, "Families", null));
        var version = maps.currentMap(journey).version().id();
        var purchase = editor.addStage(version, new StageInput("purchase-" + s, "Purchase " + s));
        var claims = editor.addStage(version, new StageInput("claims-" + s, "Claims " + s));
        var loyalty = editor.addStage(version, new StageInput("loyalty-" + s, "Loyalty " + s));
        editor.addTouchpoint(version, purchase, card("quote", "Online quote", Channel.WEB, 4, false));
        editor.addTouchpoint(version, purchase, card("call", "Agent call", Channel.PHONE, 5, true));
        editor.addTouchpoint(version, claims, card("hotline", "Claim hotline", Channel.PHONE, 3, true));
        editor.addTouchpoint(version, loyalty, card("renewal", "Renewal mail", Channel.EMAIL, null, false));
        customer = customers.save("figures-" + s, new CustomerDetails("Ana", null, null, null, LocalDate.parse("2025-01-01"),
                null, false, false)).value().id();

        // quote: CSAT 5 4 2 (mean 11/3, 2 of 3 satisfied), NPS 10 9 8 6 3 (2 promoters, 2 detractors -> 0)
        answer("quote", "CSAT", 5, "2026-03-01T00:00:00Z");
        answer("quote", "CSAT", 4, "2026-03-10T09:00:00Z");
        answer("quote", "CSAT", 2, "2026-03-31T23:59:59Z");
        for (var score : new int[] {10, 9, 8, 6, 3}) {
            answer("quote", "NPS", score, "2026-03-05T09:00:00Z");
        }
        // outside March: never counted
        answer("quote", "CSAT", 1, "2026-02-28T23:59:59Z");
        answer("quote", "CSAT", 1, "2026-04-01T00:00:00Z");
        // call: CSAT 5 5 (mean 5), CES 6 4 (mean 5)
        answer("call", "CSAT", 5, "2026-03-11T09:00:00Z");
        answer("call", "CSAT", 5, "2026-03-12T09:00:00Z");
        answer("call", "CES", 6, "2026-03-13T09:00:00Z");
        answer("call", "CES", 4, "2026-03-14T09:00:00Z");
        // hotline: CSAT 4 4 5 5 (mean 4.5), NPS 10
        for (var score : new int[] {4, 4, 5, 5}) {
            answer("hotline", "CSAT", score, "2026-03-20T09:00:00Z");
        }
        answer("hotline", "NPS", 10, "2026-03-21T09:00:00Z");
    }

    @Test
    void theMapShowsEachCardsAndStagesFiguresTheGapInColourAndWordsAndTheEmotionCurve() throws Exception {
        var html = page("/journeys/" + journey + "?from=2026-03-01&to=2026-03-31");

        assertThat(html).contains("Survey answers from 2026-03-01 to 2026-03-31");
        var quote = cardOf(html, "quote");
        assertThat(quote).contains("3.67 / 5 · n = 3")
                .contains("67 % satisfied · n = 3")
                .contains("0 · n = 5")
                .contains("cx-gap-BELOW")
                // 11/3 − 4 = −0.33
                .contains("−0.33 below");
        var call = cardOf(html, "call");
        assertThat(call).contains("5.00 / 5 · n = 2").contains("cx-gap-AT_OR_ABOVE").contains("+0.00 at or above")
                .contains("5.0 / 7 · n = 2");
        var hotline = cardOf(html, "hotline");
        assertThat(hotline).contains("4.50 / 5 · n = 4").contains("cx-gap-AT_OR_ABOVE").contains("+1.50 at or above")
                .contains("100 % satisfied").contains("100 · n = 1");
        var renewal = cardOf(html, "renewal");
        assertThat(renewal).contains("No data yet").contains("cx-gap-NO_DATA").contains("no expected score set")
                .doesNotContain("n = ");

        // Purchase = quote + call: CSAT 5 4 2 5 5 -> 4 of 5 satisfied, mean 21/5; NPS 0 of 5 answers; CES 5.0 of 2
        assertThat(stageHeadOf(html, "Purchase")).contains("80 % satisfied · mean 4.20 / 5 · n = 5")
                .contains("0 · n = 5").contains("5.0 / 7 · n = 2");
        assertThat(stageHeadOf(html, "Claims")).contains("100 % satisfied · mean 4.50 / 5 · n = 4").contains("100 · n = 1");
        assertThat(stageHeadOf(html, "Loyalty")).contains("CSAT · NPS · CES: no data yet");

        // three columns, a third of the width each: centres at 16.67 % and 50 %; y = 22 + (5 − mean) / 4 × 128 px
        assertThat(html).contains("x1=\"16.67%\" y1=\"47.6\" x2=\"50.00%\" y2=\"38.0\"")
                .contains("cx=\"16.67%\" cy=\"47.6\"")
                .contains("cx=\"50.00%\" cy=\"38.0\"")
                .doesNotContain("the curve appears once survey responses arrive");
        // and as a table for screen readers
        assertThat(html).contains("<th scope=\"row\">Loyalty " + s + "</th>");
    }

    @Test
    void spanishFormatsTheNumbersTheSpanishWay() throws Exception {
        var html = page("/journeys/" + journey + "?from=2026-03-01&to=2026-03-31&lang=es");

        assertThat(cardOf(html, "quote")).contains("3,67 / 5 · n = 3").contains("−0,33 por debajo");
        assertThat(cardOf(html, "hotline")).contains("+1,50 igual o por encima");
    }

    @Test
    void withoutDatesTheMapShowsTheLastNinetyDays() throws Exception {
        var today = LocalDate.now(ZoneOffset.UTC);
        answer("call", "CSAT", 1, today.atStartOfDay().atOffset(ZoneOffset.UTC).plusHours(1).toString());
        answer("call", "CSAT", 5, today.minusDays(89).atStartOfDay().atOffset(ZoneOffset.UTC).toString());
        answer("call", "CSAT", 5, today.minusDays(90).atStartOfDay().atOffset(ZoneOffset.UTC).toString());

        var html = page("/journeys/" + journey);

        assertThat(html).contains("Survey answers from " + today.minusDays(89) + " to " + today);
        // today's 1 and the 5 from 89 days ago: mean 3, 5 expected -> −2
        assertThat(cardOf(html, "call")).contains("3.00 / 5 · n = 2").contains("−2.00 below");
        assertThat(cardOf(html, "quote")).contains("No data yet").contains("cx-gap-NO_DATA");
    }

    @Test
    void aBadPeriodOnTheMapAnswersTheBadRequestPage() throws Exception {
        mvc.perform(get("/journeys/{id}", journey).with(manager).param("from", "2026-04-01").param("to", "2026-03-01"))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/journeys/{id}", journey).with(manager).param("from", "April"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void theApiAnswersEachCardsGapExactly() throws Exception {
        var bearer = "Bearer " + apiKeys.issue("gap tests", "tests").secret();
        mvc.perform(get("/api/v1/metrics/expectation-gaps").header("Authorization", bearer)
                        .param("from", "2026-03-01").param("to", "2026-03-31").param("journey", String.valueOf(journey)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.period.from").value("2026-03-01"))
                .andExpect(jsonPath("$.period.to").value("2026-03-31"))
                .andExpect(jsonPath("$.entries", hasSize(4)))
                .andExpect(jsonPath("$.entries[0].journey").value(journey))
                .andExpect(jsonPath("$.entries[0].journeyName").value("Figures " + s))
                .andExpect(jsonPath("$.entries[0].stage").value("purchase-" + s))
                .andExpect(jsonPath("$.entries[0].touchpoint").value("quote-" + s))
                .andExpect(jsonPath("$.entries[0].touchpointName").value("Online quote"))
                .andExpect(jsonPath("$.entries[0].expected").value(4))
                .andExpect(jsonPath("$.entries[0].perceived").value(closeTo(11.0 / 3, 1e-9), Double.class))
                .andExpect(jsonPath("$.entries[0].responses").value(3))
                .andExpect(jsonPath("$.entries[0].gap").value(closeTo(-1.0 / 3, 1e-9), Double.class))
                .andExpect(jsonPath("$.entries[0].standing").value("BELOW"))
                .andExpect(jsonPath("$.entries[1].touchpoint").value("call-" + s))
                .andExpect(jsonPath("$.entries[1].perceived").value(5.0))
                .andExpect(jsonPath("$.entries[1].gap").value(0.0))
                .andExpect(jsonPath("$.entries[1].standing").value("AT_OR_ABOVE"))
                .andExpect(jsonPath("$.entries[2].touchpoint").value("hotline-" + s))
                .andExpect(jsonPath("$.entries[2].stage").value("claims-" + s))
                .andExpect(jsonPath("$.entries[2].perceived").value(4.5))
                .andExpect(jsonPath("$.entries[2].responses").value(4))
                .andExpect(jsonPath("$.entries[2].gap").value(1.5))
                .andExpect(jsonPath("$.entries[3].touchpoint").value("renewal-" + s))
                .andExpect(jsonPath("$.entries[3].expected").value(nullValue()))
                .andExpect(jsonPath("$.entries[3].perceived").value(nullValue()))
                .andExpect(jsonPath("$.entries[3].responses").value(0))
                .andExpect(jsonPath("$.entries[3].gap").value(nullValue()))
                .andExpect(jsonPath("$.entries[3].standing").value("NO_DATA"));
    }

    @Test
    void withoutAJourneyTheApiAnswersEveryActiveJourneyButNotArchivedOnes() throws Exception {
        var archived = maps.create(new JourneyDetails("Old " + s, "Families", null));
        var version = maps.currentMap(archived).version().id();
        editor.addTouchpoint(version, editor.addStage(version, new StageInput("purchase-" + s, "Purchase")),
                card("quote", "Online quote", Channel.WEB, 2, false));
        maps.archive(archived, true);
        var bearer = "Bearer " + apiKeys.issue("gap tests", "tests").secret();

        mvc.perform(get("/api/v1/metrics/expectation-gaps").header("Authorization", bearer)
                        .param("from", "2026-03-01").param("to", "2026-03-31"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.entries[?(@.touchpoint == 'quote-" + s + "')].journey").value(hasSize(1)))
                .andExpect(jsonPath("$.entries[?(@.touchpoint == 'quote-" + s + "')].gap").value(hasSize(1)))
                .andExpect(jsonPath("$.entries[?(@.journey == " + archived + ")]").value(empty()));
    }

    @Test
    void badParametersAnswerProblemDetailsNamingTheParameter() throws Exception {
        var bearer = "Bearer " + apiKeys.issue("gap tests", "tests").secret();
        String[][] cases = {
                {"from", "to", "2026-03-31"},
                {"to", "from", "2026-03-01"},
                {"from", "from", "2026-04-01", "to", "2026-03-01"},
                {"from", "from", "March", "to", "2026-03-01"},
                {"journey", "from", "2026-03-01", "to", "2026-03-31", "journey", "abc"},
                {"journey", "from", "2026-03-01", "to", "2026-03-31", "journey", "999999999"},
        };
        for (var c : cases) {
            var request = get("/api/v1/metrics/expectation-gaps").header("Authorization", bearer);
            for (int i = 1; i < c.length; i += 2) {
                request = request.param(c[i], c[i + 1]);
            }
            mvc.perform(request)
                    .andExpect(status().isBadRequest())
                    .andExpect(header().string("Content-Type", containsString("application/problem+json")))
                    .andExpect(jsonPath("$.field").value(c[0]));
        }
    }

    @Test
    void theOpenApiDescriptionDocumentsTheExpectationGaps() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/metrics/expectation-gaps'].get.description",
                        containsString("mean perceived CSAT")))
                .andExpect(jsonPath("$.paths['/api/v1/metrics/expectation-gaps'].get.parameters[*].name",
                        containsInAnyOrder("from", "to", "journey")));
    }

    private TouchpointInput card(String code, String name, Channel channel, Integer expected, boolean momentOfTruth) {
        return new TouchpointInput(code + "-" + s, name, channel, null, null, expected, momentOfTruth, null);
    }

    private void answer(String touchpoint, String type, int score, String at) {
        jdbc.sql("""
                insert into survey_response (customer_id, touchpoint_id, survey_type, score, responded_at, source, created_at)
                values (?, ?, ?, ?, ?, 'API', ?)""")
                .params(customer, touchpoints.get(touchpoint + "-" + s).id(), type, score, OffsetDateTime.parse(at),
                        OffsetDateTime.parse(at))
                .update();
    }

    private String page(String url) throws Exception {
        return mvc.perform(get(url).with(manager)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8)
                // figures keep "n = 3" and "4.20 / 5" on one line with non-breaking spaces; read them as spaces
                .replace('\u00a0', ' ');
    }

    /** The card's HTML, from its article tag to the end of the article. */
    private String cardOf(String html, String code) {
        var start = html.indexOf("data-code=\"" + code + "-" + s + "\"");
        assertThat(start).as("card " + code).isPositive();
        return html.substring(start, html.indexOf("</article>", start));
    }

    /** A stage column's head: from its name to its first card or its end. */
    private String stageHeadOf(String html, String stage) {
        var start = html.indexOf("class=\"cx-stage-name\">" + stage + " " + s + "<");
        assertThat(start).as("stage " + stage).isPositive();
        return html.substring(start, html.indexOf("cx-stage-cards", start));
    }

    @Test
    void exportsTheMapsFiguresStageByStageAndCardByCardAsCsv() throws Exception {
        var csv = csv(mvc, "/journeys/" + journey + "/figures.csv?from=2026-03-01&to=2026-03-31");

        assertThat(csv.lines()).first().isEqualTo("stage,stage_name,touchpoint,touchpoint_name,nps,nps_responses,csat,"
                + "csat_responses,mean_csat,ces,ces_responses,expected_csat,gap,standing");
        // quote: CSAT 5 4 2 in March (the answers of February and April do not count): mean 3.67 against 4 expected
        assertThat(csv).contains("\r\npurchase-" + s + ",Purchase " + s + ",quote-" + s + ",Online quote,0.00,5,66.67,3,3.67,,0,4,-0.33,BELOW\r\n");
        assertThat(csv.lines()).hasSize(1 + 3 + 4);
    }
}
