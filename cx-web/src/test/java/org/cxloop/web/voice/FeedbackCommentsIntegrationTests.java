package org.cxloop.web.voice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import org.cxloop.core.customer.Customers;
import org.cxloop.core.stage.JourneyStages;
import org.cxloop.core.touchpoint.Touchpoints;
import org.cxloop.survey.feedback.FeedbackInbox;
import org.cxloop.survey.feedback.FeedbackOrigin;
import org.cxloop.survey.feedback.NewFeedback;
import org.cxloop.survey.response.Responses;
import org.cxloop.survey.response.SurveyType;
import org.cxloop.testsupport.PostgresIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Feedback from other channels among the survey comments on /comments, /topics and the CSV, told apart by source. */
@PostgresIntegrationTest
class FeedbackCommentsIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired JourneyStages stages;
    @Autowired Touchpoints touchpoints;
    @Autowired Customers customers;
    @Autowired Responses responses;
    @Autowired FeedbackInbox inbox;

    VoiceData data;

    /**
     * March 2026 at this test's touchpoint: two survey answers (Ana NPS 2 about waiting, Bob NPS 9 about staff) and two
     * pieces of feedback (a 1-of-5 app review by Ana about the price, a contact-centre note about waiting with no rating).
     */
    @BeforeEach
    void data() {
        data = new VoiceData(stages, touchpoints, customers, responses);
        var ana = data.customer("ana", "en");
        var bob = data.customer("bob", "en");
        data.answer(ana, SurveyType.NPS, 2, "Terrible wait on the phone", "2026-03-02T10:00:00Z");
        data.answer(bob, SurveyType.NPS, 9, "Friendly staff, thank you", "2026-03-10T10:00:00Z");
        feedback("REVIEW", "APP", ana, 1, 5, "Way too expensive for what it does, awful", "2026-03-12T10:00:00Z");
        feedback("CONTACT_CENTRE", "PHONE", null, null, null, "Caller complained about the long wait, very annoyed",
                "2026-03-14T10:00:00Z");
    }

    private void feedback(String kind, String channel, String customer, Integer rating, Integer scale, String text, String at) {
        inbox.receive(new NewFeedback(kind, channel, customer, data.touchpoint, rating, scale, text,
                OffsetDateTime.parse(at).toInstant(), null, null, null), FeedbackOrigin.API);
    }

    private String filter() {
        return "from=2026-03-01&to=2026-03-31&touchpoint=" + data.touchpoint;
    }

    private String page(String path) throws Exception {
        return mvc.perform(get(path).with(user("m@example.com").roles("MANAGER")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void listsFeedbackAmongSurveyCommentsWithItsSourceKindAndRating() throws Exception {
        var html = page("/comments?" + filter());
        assertThat(html).contains("4 comments, page 1 of 1", "cx-source-feedback", "cx-source-survey", "Review",
                "Contact centre", "1 of 5", "Way too expensive", "Terrible wait", "NPS 9");
        assertThat(html.indexOf("long wait")).isLessThan(html.indexOf("Way too expensive"));
    }

    @Test
    void theSourceFilterNarrowsTheListAndStaysInItsLinks() throws Exception {
        var feedback = page("/comments?" + filter() + "&source=feedback");
        assertThat(feedback).contains("2 comments", "Way too expensive", "long wait").doesNotContain("Terrible wait", "Friendly staff");
        assertThat(feedback).contains("source=feedback\" download").containsPattern("<option value=\"feedback\"\\s+selected");
        var survey = page("/comments?" + filter() + "&source=SURVEY");
        assertThat(survey).contains("2 comments", "Terrible wait").doesNotContain("Way too expensive");
        assertThat(page("/comments?" + filter() + "&source=nonsense")).contains("4 comments");
        assertThat(page("/comments?" + filter() + "&source=feedback&band=low")).contains("1 comments", "Way too expensive");
        assertThat(page("/comments?" + filter() + "&source=feedback&topic=wait")).contains("1 comments", "long wait");
    }

    @Test
    void theTopicsViewCountsFeedbackMentionsByTheChosenSource() throws Exception {
        var both = page("/topics?" + filter());
        assertThat(row(both, "topic-wait")).contains(">2<", ">100 %<", "topic=wait");
        assertThat(row(both, "topic-price")).contains(">1<");
        var feedback = page("/topics?" + filter() + "&source=feedback");
        assertThat(row(feedback, "topic-wait")).contains(">1<", "source=feedback");
        assertThat(feedback).doesNotContain("id=\"topic-staff\"").containsPattern("<option value=\"feedback\"\\s+selected");
        var survey = page("/topics?" + filter() + "&source=survey");
        assertThat(survey).doesNotContain("id=\"topic-price\"").contains("id=\"topic-staff\"");
    }

    @Test
    void theCsvNamesEachCommentsSource() throws Exception {
        var csv = mvc.perform(get("/comments.csv?" + filter()).with(user("m@example.com").roles("MANAGER")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv.lines().count()).isEqualTo(5);
        assertThat(csv).contains(",feedback,,1,").contains(",REVIEW,APP,5").contains(",survey,NPS,2,");
        var onlyFeedback = mvc.perform(get("/comments.csv?" + filter() + "&source=feedback").with(user("m@example.com").roles("MANAGER")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(onlyFeedback.lines().count()).isEqualTo(3);
    }

    private static String row(String html, String id) {
        var start = html.indexOf("id=\"" + id + "\"");
        assertThat(start).as("row " + id).isPositive();
        return html.substring(start, html.indexOf("</tr>", start));
    }
}
