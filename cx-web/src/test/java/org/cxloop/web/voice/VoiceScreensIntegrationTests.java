package org.cxloop.web.voice;

import static org.cxloop.testsupport.CsvDownloads.csv;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.cxloop.core.audit.AuditLog;
import org.cxloop.core.audit.AuditQuery;
import org.cxloop.core.customer.Customers;
import org.cxloop.core.stage.JourneyStages;
import org.cxloop.core.touchpoint.Touchpoints;
import org.cxloop.survey.response.Responses;
import org.cxloop.survey.response.SurveyType;
import org.cxloop.survey.voice.CommentAnalyses;
import org.cxloop.testsupport.PostgresIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The comments page, its CSV and corrections, the topics view and the topics admin screen, on PostgreSQL. */
@PostgresIntegrationTest
class VoiceScreensIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired JourneyStages stages;
    @Autowired Touchpoints touchpoints;
    @Autowired Customers customers;
    @Autowired Responses responses;
    @Autowired CommentAnalyses analyses;
    @Autowired AuditLog audit;
    @Autowired JdbcClient jdbc;

    VoiceData data;
    long slow;
    long script;
    long formula;

    /**
     * March 2026 at this test's touchpoint: Ana (NPS 2, wait+staff, negative), Ana again (NPS 10, no topic), Bob
     * (NPS 9, staff, positive), Cy (CSAT 1, price, negative, a formula and markup), Di (NPS 5, wait, negative). Staff
     * is mentioned by Ana and Bob, whose NPS answers are 2, 10 and 9: 2 promoters, 1 detractor of 3, NPS 33.
     */
    @BeforeEach
    void data() {
        data = new VoiceData(stages, touchpoints, customers, responses);
        var ana = data.customer("ana", "es");
        var bob = data.customer("bob", "en");
        var cy = data.customer("cy", "en");
        var di = data.customer("di", "es");
        slow = data.answer(ana, SurveyType.NPS, 2, "Atención LENTÍSIMA, el agente fue muy borde", "2026-03-02T10:00:00Z");
        data.answer(ana, SurveyType.NPS, 10, "Ahora todo perfecto", "2026-03-20T10:00:00Z");
        data.answer(bob, SurveyType.NPS, 9, "Friendly staff, thank you", "2026-03-10T10:00:00Z");
        formula = data.answer(cy, SurveyType.CSAT, 1, "=HYPERLINK(\"http://x\") way too expensive", "2026-03-11T10:00:00Z");
        script = data.answer(cy, SurveyType.CSAT, 2, "<script>alert(1)</script> awful price", "2026-03-12T10:00:00Z");
        data.answer(di, SurveyType.NPS, 5, "Demasiada espera en la cola", "2026-03-25T10:00:00Z");
    }

    private String filter() {
        return "from=2026-03-01&to=2026-03-31&touchpoint=" + data.touchpoint;
    }

    private String page(String path) throws Exception {
        return mvc.perform(get(path).with(user("m@example.com").roles("MANAGER")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void listsTheLatestCommentsWithScoreTouchpointCustomerSentimentAndTopics() throws Exception {
        var html = page("/comments?" + filter());

        assertThat(html).contains("6 comments, page 1 of 1", "Hotline " + data.run, data.run + "-ana", "NPS 2",
                "Atención LENTÍSIMA", "cx-sentiment-negative", "Waiting time", "Staff");
        assertThat(html.indexOf("Demasiada espera")).isLessThan(html.indexOf("Friendly staff"));
        assertThat(html).doesNotContain("<script>alert(1)</script>").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    }

    @Test
    void searchIgnoresCaseAndAccentsAndFiltersNarrowTheList() throws Exception {
        assertThat(page("/comments?" + filter() + "&q=lentisima")).contains("1 comments", "Atención LENTÍSIMA");
        assertThat(page("/comments?" + filter() + "&q=ATENCIÓN")).contains("1 comments");
        assertThat(page("/comments?" + filter() + "&q=100%25")).contains("No comments found");
        assertThat(page("/comments?" + filter() + "&sentiment=negative")).contains("4 comments").doesNotContain("Friendly staff");
        assertThat(page("/comments?" + filter() + "&topic=price")).contains("2 comments").doesNotContain("Demasiada");
        assertThat(page("/comments?" + filter() + "&band=high")).contains("2 comments", "Friendly staff", "Ahora todo perfecto");
        assertThat(page("/comments?" + filter() + "&band=low&topic=wait")).contains("2 comments");
        assertThat(page("/comments?" + filter() + "&sentiment=furious&band=x&page=abc")).contains("6 comments");
    }

    @Test
    void pagesThroughManyComments() throws Exception {
        var eve = data.customer("eve", "en");
        for (var i = 0; i < 25; i++) {
            data.answer(eve, SurveyType.NPS, 8, "Fine " + i, "2026-03-15T10:%02d:00Z".formatted(i));
        }
        var first = page("/comments?" + filter());
        assertThat(first).contains("31 comments, page 1 of 2", "rel=\"next\"").doesNotContain("rel=\"prev\"");
        var second = page("/comments?" + filter() + "&page=1");
        assertThat(second).contains("page 2 of 2", "rel=\"prev\"", "Atención LENTÍSIMA");
    }

    @Test
    void theCsvHasEveryMatchingCommentAndNeutralisesFormulas() throws Exception {
        var response = mvc.perform(get("/comments.csv?" + filter() + "&topic=price").with(user("m@example.com").roles("MANAGER")))
                .andExpect(status().isOk()).andReturn().getResponse();
        var csv = response.getContentAsString(StandardCharsets.UTF_8);

        assertThat(response.getContentType()).startsWith("text/csv");
        assertThat(csv.lines().count()).isEqualTo(3);
        assertThat(csv).contains("responded_at,source,survey_type,score,touchpoint,customer,comment,language,sentiment,corrected,topics,"
                        + "feedback_kind,channel,rating_scale")
                .contains("\"'=HYPERLINK(\"\"http://x\"\") way too expensive\"").contains(",negative,false,price");
    }

    @Test
    void aManagerCorrectsSentimentAndTopicsBesideTheComment() throws Exception {
        mvc.perform(post("/comments/" + slow + "/correction").param("sentiment", "NEUTRAL").param("topics", "wait")
                        .param("back", "/comments?" + filter())
                        .with(user("maria@example.com").roles("MANAGER")).with(csrf()))
                .andExpect(status().is3xxRedirection());

        var html = page("/comments?" + filter() + "&q=lentisima");
        assertThat(html).contains("corrected by maria@example.com", "cx-sentiment-neutral").doesNotContain(">Staff</span>");
        assertThat(analyses.corrections(slow)).singleElement().satisfies(c -> assertThat(c.by()).isEqualTo("maria@example.com"));

        var refused = mvc.perform(post("/comments/" + slow + "/correction").param("back", "https://evil.example")
                        .with(user("maria@example.com").roles("MANAGER")).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse();
        assertThat(refused.getRedirectedUrl()).startsWith("/comments");
        var odd = mvc.perform(post("/comments/" + slow + "/correction").param("sentiment", "POSITIVE").param("back", "/comments?q={x}")
                        .with(user("maria@example.com").roles("MANAGER")).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse();
        assertThat(odd.getRedirectedUrl()).isEqualTo("/comments#comment-" + slow);
        assertThat(analyses.corrections(slow)).hasSize(2);
    }

    @Test
    void theTopicsViewCountsMentionsNegativeShareAndTheNpsOfWhoMentionsThem() throws Exception {
        var html = page("/topics?" + filter());

        var staff = row(html, "topic-staff");
        assertThat(staff).contains(">2<", ">50 %<", ">33<", ">3<", "topic=staff", "sentiment=negative");
        var wait = row(html, "topic-wait");
        // Ana (2, 10) and Di (5): 1 promoter, 2 detractors of 3 -> -33; both mentions negative
        assertThat(wait).contains(">2<", ">100 %<", ">-33<");
        var price = row(html, "topic-price");
        assertThat(price).contains(">2<", ">100 %<");
        assertThat(html).contains("<svg class=\"cx-spark\"", "Mentions per week");
    }

    @Test
    void adminsKeepTheKeywordListsAndEveryChangeIsAudited() throws Exception {
        var admin = user("admin@example.com").roles("ADMIN");
        mvc.perform(post("/admin/topics").param("code", "loyal-" + data.run).param("nameEn", "Loyalty").param("nameEs", "Fidelidad")
                .with(admin).with(csrf())).andExpect(status().is3xxRedirection());
        var id = jdbc.sql("select id from voice_topic where code = ?").param("loyal-" + data.run).query(Long.class).single();
        mvc.perform(post("/admin/topics/" + id + "/keywords").param("language", "es").param("keyword", "Puntos*")
                .with(admin).with(csrf())).andExpect(status().is3xxRedirection());

        var screen = mvc.perform(get("/admin/topics").with(admin)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(screen).contains("Loyalty", "puntos*");
        assertThat(audit.find(new AuditQuery(null, "TopicAdminController", null, null)))
                .extracting(e -> e.action()).contains("TopicAdminController.create", "TopicAdminController.addKeyword");

        var invalid = mvc.perform(post("/admin/topics").param("code", "Bad Code!").param("nameEn", "x").param("nameEs", "y")
                .with(admin).with(csrf())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(invalid).contains("is-invalid", "A topic code has 1 to 40");
        mvc.perform(get("/admin/topics").with(user("m@example.com").roles("MANAGER"))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/topics/" + id + "/delete").with(admin).with(csrf())).andExpect(status().is3xxRedirection());
    }

    private static String row(String html, String id) {
        var start = html.indexOf("id=\"" + id + "\"");
        assertThat(start).as("row " + id).isPositive();
        return html.substring(start, html.indexOf("</tr>", start));
    }

    @Test
    void exportsTheTopicsTableAndTheirMentionsPerWeekWithTheSameFiltersAsCsv() throws Exception {
        var topics = csv(mvc, "/topics.csv?" + filter());

        assertThat(topics.lines()).first().isEqualTo(
                "topic,name,mentions,previous_mentions,change_percent,negative,negative_share,nps,nps_responses,nps_unreliable");
        // staff: Ana (negative) and Bob, nobody in February; NPS 33.33 of 3 answers, too few to be reliable
        assertThat(topics.lines().filter(l -> l.startsWith("staff,"))).singleElement().asString()
                .endsWith(",2,0,,1,50.00,33.33,3,true");
        assertThat(csv(mvc, "/topics.csv?from=2026-03-01&to=2026-03-31&touchpoint=" + data.touchpoint + "&segment=nobody-"
                + data.run).lines()).hasSize(1);

        var trend = csv(mvc, "/topics/trend.csv?" + filter());
        assertThat(trend.lines()).first().isEqualTo("topic,name,period,from,to,mentions");
        assertThat(trend.lines().filter(l -> l.startsWith("staff,"))).anyMatch(l -> l.endsWith(",2026-W10,2026-03-02,2026-03-08,1"));
    }
}
