package org.cxloop.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.random.RandomGenerator;
import org.cxloop.survey.response.SurveyType;

/**
 * The plot a CX manager should discover in the demo data, as effects on how customers feel (in standard deviations):
 * <ul>
 * <li>the whole experience improves through the year, so NPS climbs from about +10 to about +35;</li>
 * <li>onboarding is poor until a process change six months ago, and clearly better after it;</li>
 * <li>an app release about four months ago brought bugs for six weeks;</li>
 * <li>phone support stays weak, especially when the case is not solved at the first contact;</li>
 * <li>enterprise customers are happier than students, and customers grow unhappy in the two months before they leave.</li>
 * </ul>
 */
final class DemoStory {

    private static final Duration YEAR = Duration.ofDays(365);

    private final Instant yearStart;
    private final Instant onboardingChange;
    private final Instant appReleaseStart;
    private final Instant appReleaseEnd;

    DemoStory(Instant now) {
        this.yearStart = now.minus(YEAR);
        this.onboardingChange = now.minus(Duration.ofDays(182));
        this.appReleaseStart = now.minus(Duration.ofDays(125));
        this.appReleaseEnd = appReleaseStart.plus(Duration.ofDays(42));
    }

    Instant onboardingChange() {
        return onboardingChange;
    }

    /** How a customer feels about an interaction at this time, before the noise of a single answer. */
    double feeling(Persona persona, double customerMood, DemoTouchpoint touchpoint, Instant at, Case supportCase,
            boolean aboutToLeave) {
        var yearFraction = (double) Duration.between(yearStart, at).toMinutes() / YEAR.toMinutes();
        var feeling = -0.08 + 0.6 * yearFraction + persona.mood() + customerMood + touchpoint.mood();
        if (touchpoint.isOnboarding()) {
            feeling += at.isBefore(onboardingChange) ? -0.7 : 0.35;
        }
        if (touchpoint.isApp() && !at.isBefore(appReleaseStart) && at.isBefore(appReleaseEnd)) {
            feeling -= 0.8;
        }
        if (supportCase != null) {
            feeling += supportCase.resolvedOnFirstContact() ? 0.4 : -0.3 - Math.min(0.5, supportCase.hours() / 200);
        }
        return aboutToLeave ? feeling - 0.6 : feeling;
    }

    /** One customer's answer on the question's scale. */
    int score(SurveyType type, double feeling, RandomGenerator random) {
        var x = feeling + random.nextGaussian();
        var score = switch (type) {
            case NPS -> 8.0 + 2.0 * x;
            case CSAT -> 3.8 + 1.0 * x;
            case CES -> 5.0 + 1.4 * x;
        };
        return (int) Math.max(type.min(), Math.min(type.max(), Math.round(score)));
    }

    /** How a support case went: solved at the first contact or after some hours. */
    record Case(boolean resolvedOnFirstContact, double hours) {
    }
}
