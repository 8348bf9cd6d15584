package org.cxloop.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Decides which interactions get a survey answer, the scores (following {@link DemoStory}) and, for some, a comment
 * in the customer's language that matches the score.
 */
final class SurveyAnswers {

    private static final Duration LAST_WEEKS = Duration.ofDays(60);

    private final RandomGenerator random;
    private final DemoStory story;
    private final DemoComments comments;
    private final List<DemoResponse> responses = new ArrayList<>();

    SurveyAnswers(RandomGenerator random, DemoStory story, DemoComments comments) {
        this.random = random;
        this.story = story;
        this.comments = comments;
    }

    List<DemoResponse> responses() {
        return responses;
    }

    void maybeAnswer(ActivitySimulator.Period period, DemoTouchpoint touchpoint, Instant at, DemoStory.Case supportCase) {
        var customer = period.customer();
        var row = customer.row();
        if (row.surveyOptOut() || touchpoint.surveys().isEmpty() || random.nextDouble() >= touchpoint.responseRate()) {
            return;
        }
        var respondedAt = at.plus(Duration.ofMinutes(30 + random.nextInt(36 * 60)));
        if (!period.contains(respondedAt.plus(Duration.ofMinutes(touchpoint.surveys().size())))) {
            return;
        }
        var aboutToLeave = row.churnedAt() != null
                && at.isAfter(row.churnedAt().atStartOfDay(ZoneOffset.UTC).toInstant().minus(LAST_WEEKS));
        var feeling = story.feeling(customer.persona(), customer.mood(), touchpoint, at, supportCase, aboutToLeave);
        for (var i = 0; i < touchpoint.surveys().size(); i++) {
            var type = touchpoint.surveys().get(i);
            var score = story.score(type, feeling, random);
            var comment = i == 0 ? maybeComment(touchpoint, Sentiment.of(type, score), row.locale()) : null;
            responses.add(new DemoResponse(row.externalId(), touchpoint.code(), type, score, comment,
                    respondedAt.plus(Duration.ofMinutes(i))));
        }
    }

    /** Unhappy customers write more often than happy ones, and passives least. */
    private String maybeComment(DemoTouchpoint touchpoint, Sentiment sentiment, String locale) {
        var chance = switch (sentiment) {
            case NEGATIVE -> 0.5;
            case NEUTRAL -> 0.2;
            case POSITIVE -> 0.35;
        };
        return random.nextDouble() < chance ? comments.pick(touchpoint.topic(), sentiment, locale, random) : null;
    }
}
