package org.cxloop.survey.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.cxloop.survey.response.SurveyType;
import org.junit.jupiter.api.Test;

class FollowUpRuleTests {

    static final long CHECKOUT = 7;
    static final long SUPPORT = 8;

    @Test
    void theBuiltInRuleTakesExactlyTheDetractorsOfEachScale() {
        var rule = FollowUpRule.BUILT_IN;
        assertThat(rule.matches(answer(SurveyType.NPS, 6))).isTrue();
        assertThat(rule.matches(answer(SurveyType.NPS, 7))).isFalse();
        assertThat(rule.matches(answer(SurveyType.CSAT, 2))).isTrue();
        assertThat(rule.matches(answer(SurveyType.CSAT, 3))).isFalse();
        assertThat(rule.matches(answer(SurveyType.CES, 3))).isTrue();
        assertThat(rule.matches(answer(SurveyType.CES, 4))).isFalse();
        assertThat(rule.slaHours()).isEqualTo(48);
        assertThat(rule.ownerId()).isNull();
    }

    @Test
    void aScoreRangeReplacesTheDetractorDefault() {
        var passives = rule(SUPPORT, null, SurveyType.NPS, 7, 8, List.of(), null);
        assertThat(passives.matches(answer(SurveyType.NPS, 8))).isTrue();
        assertThat(passives.matches(answer(SurveyType.NPS, 3))).isFalse();
        assertThat(passives.matches(answer(SurveyType.CSAT, 1))).as("another survey type").isFalse();
    }

    @Test
    void touchpointCampaignAndSegmentNarrowTheRule() {
        var rule = rule(CHECKOUT, 42L, null, null, null, List.of(), "Families");
        assertThat(rule.matches(new Answer(CHECKOUT, 42L, SurveyType.NPS, 2, null, "families"))).isTrue();
        assertThat(rule.matches(new Answer(SUPPORT, 42L, SurveyType.NPS, 2, null, "Families"))).isFalse();
        assertThat(rule.matches(new Answer(CHECKOUT, null, SurveyType.NPS, 2, null, "Families"))).as("API answer").isFalse();
        assertThat(rule.matches(new Answer(CHECKOUT, 42L, SurveyType.NPS, 2, null, "Business"))).isFalse();
        assertThat(rule.matches(new Answer(CHECKOUT, 42L, SurveyType.NPS, 2, null, null))).isFalse();
    }

    @Test
    void keywordsMatchAnyOfThemInTheCommentIgnoringCase() {
        var rule = rule(null, null, SurveyType.CSAT, 1, 5, List.of("refund", "cancel"), null);
        assertThat(rule.matches(new Answer(SUPPORT, null, SurveyType.CSAT, 4, "I want to CANCEL my plan", null))).isTrue();
        assertThat(rule.matches(new Answer(SUPPORT, null, SurveyType.CSAT, 4, "All good", null))).isFalse();
        assertThat(rule.matches(new Answer(SUPPORT, null, SurveyType.CSAT, 4, null, null))).isFalse();
    }

    private static FollowUpRule rule(Long touchpoint, Long campaign, SurveyType type, Integer min, Integer max,
            List<String> keywords, String segment) {
        return new FollowUpRule(1L, "rule", 10, touchpoint, null, campaign, null, type, min, max, keywords, segment,
                null, null, 24);
    }

    private static Answer answer(SurveyType type, int score) {
        return new Answer(SUPPORT, null, type, score, null, null);
    }
}
