package org.cxloop.survey.followup;

import java.util.List;
import java.util.Locale;
import org.cxloop.survey.response.SurveyType;

/**
 * Which answers open a case, who owns it and how soon the customer must hear from us. Every condition left empty
 * matches everything, except the score range: without one, the rule takes the detractors of the answer's survey
 * type (NPS 0–6, CSAT 1–2, CES 1–3). Keywords match when the comment contains any of them, ignoring case. Feedback
 * from other channels (which has no survey type or campaign) matches a rule with neither, nor a score range, when it
 * is negative: rated 1–2 of 5 or 0–6 of 10, or without a rating read as negative.
 *
 * @param id null for the built-in rule
 * @param priority lower numbers are tried first; the first matching rule wins
 * @param ownerId the user who owns the cases, or null to leave them unassigned
 * @param slaHours the time from the answer's arrival to the first contact with the customer
 */
public record FollowUpRule(
        Long id,
        String name,
        int priority,
        Long touchpointId,
        String touchpointName,
        Long campaignId,
        String campaignName,
        SurveyType surveyType,
        Integer minScore,
        Integer maxScore,
        List<String> keywords,
        String segment,
        Long ownerId,
        String ownerName,
        int slaHours) {

    static final int DEFAULT_SLA_HOURS = 48;

    /** Every detractor opens an unassigned case due for first contact within 48 hours. */
    static final FollowUpRule BUILT_IN = new FollowUpRule(null, "Detractors", Integer.MAX_VALUE, null, null, null,
            null, null, null, null, List.of(), null, null, null, DEFAULT_SLA_HOURS);

    public FollowUpRule {
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
    }

    public boolean builtIn() {
        return id == null;
    }

    boolean matches(Answer answer) {
        return (touchpointId == null || touchpointId.equals(answer.touchpointId()))
                && (campaignId == null || campaignId.equals(answer.campaignId()))
                && (surveyType == null || surveyType == answer.type())
                && scoreMatches(answer)
                && (segment == null || segment.equalsIgnoreCase(answer.segment()))
                && keywordsMatch(answer.comment());
    }

    private boolean scoreMatches(Answer answer) {
        if (answer.fromFeedback()) {
            return minScore == null && maxScore == null && answer.negativeFeedback();
        }
        if (minScore == null && maxScore == null) {
            return answer.type().isDetractor(answer.score());
        }
        return (minScore == null || answer.score() >= minScore) && (maxScore == null || answer.score() <= maxScore);
    }

    private boolean keywordsMatch(String comment) {
        if (keywords.isEmpty()) {
            return true;
        }
        if (comment == null) {
            return false;
        }
        var text = comment.toLowerCase(Locale.ROOT);
        return keywords.stream().anyMatch(keyword -> text.contains(keyword.toLowerCase(Locale.ROOT)));
    }
}
