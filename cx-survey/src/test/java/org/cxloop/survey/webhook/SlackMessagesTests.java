package org.cxloop.survey.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.cxloop.survey.followup.CaseStatus;
import org.cxloop.survey.followup.CaseView;
import org.cxloop.survey.response.SurveyType;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class SlackMessagesTests {

    final JsonMapper json = JsonMapper.builder().build();
    final SlackMessages slack = new SlackMessages(json);

    @Test
    void detractorAlertIsValidSlackJsonWithScoreTouchpointCommentAndCaseLink() {
        var body = slack.caseOpened(detractor("Waited \"40\" minutes\nat the desk"), "https://cx.example.com/cases/7");

        JsonNode message = json.readTree(body);
        assertThat(message.get("text").asString()).isEqualTo("Detractor alert: NPS 2 at Front desk");
        var blocks = message.get("blocks");
        assertThat(blocks.get(0).get("type").asString()).isEqualTo("section");
        assertThat(blocks.get(0).get("text").get("type").asString()).isEqualTo("mrkdwn");
        assertThat(blocks.get(0).get("text").get("text").asString()).contains("NPS *2*", "*Front desk*", "`C-7`");
        assertThat(blocks.get(1).get("text").get("text").asString()).isEqualTo("> Waited \"40\" minutes\n> at the desk");
        var button = blocks.get(2).get("elements").get(0);
        assertThat(button.get("type").asString()).isEqualTo("button");
        assertThat(button.get("url").asString()).isEqualTo("https://cx.example.com/cases/7");
        assertThat(button.get("text").get("text").asString()).isEqualTo("Open case #7");
    }

    @Test
    void escapesCommentsSoTheyCannotInjectLinksOrMentions() {
        var body = slack.caseOpened(detractor("<!channel> see <https://evil.example|your bank> & more"),
                "https://cx.example.com/cases/7");

        var quoted = json.readTree(body).get("blocks").get(1).get("text").get("text").asString();
        assertThat(quoted).isEqualTo("> &lt;!channel&gt; see &lt;https://evil.example|your bank&gt; &amp; more");
        assertThat(quoted.substring(2)).doesNotContain("<", ">");
    }

    @Test
    void leavesOutTheQuoteWhenThereIsNoComment() {
        var blocks = json.readTree(slack.caseOpened(detractor(null), "https://cx.example.com/cases/7")).get("blocks");

        assertThat(blocks.size()).isEqualTo(2);
        assertThat(blocks.get(1).get("type").asString()).isEqualTo("actions");
    }

    @Test
    void negativeFeedbackIsAnnouncedWithItsKindAndRatingAndNoTouchpoint() {
        var now = Instant.parse("2026-11-23T10:00:00Z");
        var feedback = new CaseView(8, CaseStatus.NEW, null, "C-8", "Bea", null, null, null, null, 1,
                "The app crashes at checkout", now, "Detractors", null, null, 48, now, now.plusSeconds(172_800), null,
                null, false, false, null, 31L, org.cxloop.survey.feedback.FeedbackKind.REVIEW, org.cxloop.core.Channel.APP, 5);
        var message = json.readTree(slack.caseOpened(feedback, "https://cx.example.com/cases/8"));
        assertThat(message.get("text").asString()).isEqualTo("Negative feedback: REVIEW 1/5");
        assertThat(message.get("blocks").get(0).get("text").get("text").asString())
                .startsWith("*Negative feedback* · *REVIEW 1/5*\nCustomer `C-8`");
    }

    private static CaseView detractor(String comment) {
        var now = Instant.parse("2026-11-23T10:00:00Z");
        return new CaseView(7, CaseStatus.NEW, null, "C-7", "Ana", "ana@example.com", "Front desk", null,
                SurveyType.NPS, 2, comment, now, "Every detractor", null, null, 48, now, now.plusSeconds(172_800), null,
                null, false, true, 7L, null, null, null, null);
    }
}
