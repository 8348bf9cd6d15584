package org.cxloop.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.cxloop.core.Channel;

/**
 * Lives a customer's last twelve months: joining (when it falls in the year), monthly bills, app use, support cases,
 * renewals and referrals, each inside the customer's active period; {@link SurveyAnswers} turns some into answers.
 */
final class ActivitySimulator {

    private static final double DAYS_PER_MONTH = 30.44;

    private final RandomGenerator random;
    private final Instant now;
    private final Instant yearStart;
    private final SurveyAnswers answers;
    private final List<DemoInteraction> interactions = new ArrayList<>();

    ActivitySimulator(RandomGenerator random, Instant now, SurveyAnswers answers) {
        this.random = random;
        this.now = now;
        this.yearStart = now.minus(Duration.ofDays(365));
        this.answers = answers;
    }

    List<DemoInteraction> interactions() {
        return interactions;
    }

    void simulate(SimulatedCustomer customer) {
        var row = customer.row();
        var joined = startOf(row.customerSince());
        var from = joined.isAfter(yearStart) ? joined : yearStart;
        var until = row.churnedAt() == null ? now : min(now, startOf(row.churnedAt()));
        var period = new Period(customer, from, until);
        if (!from.isBefore(until)) {
            return;
        }
        if (!joined.isBefore(yearStart)) {
            joining(period, row.customerSince());
        }
        monthly(period, "billing-email", row.customerSince(), 1);
        monthly(period, "renewal", row.customerSince(), 12);
        occasionally(period, "app-use", customer.persona().appUsesPerMonth());
        occasionally(period, "website-visit", 0.15);
        if (customer.persona().kind() == CustomerKind.PERSON) {
            occasionally(period, "store-visit", 0.08);
        }
        if (customer.mood() + customer.persona().mood() > 0.3) {
            occasionally(period, "referral", 0.06);
        }
        var cases = poisson(customer.persona().supportContactsPerMonth() * period.months());
        for (var i = 0; i < cases; i++) {
            var touchpoint = DemoJourney.touchpoint(customer.persona().supportTouchpoint(random));
            supportCase(period, touchpoint, timeOfDay(period.randomDay(random), touchpoint.channel()));
        }
    }

    private void joining(Period period, LocalDate day) {
        var kind = period.customer().persona().kind();
        var at = startOf(day).plus(Duration.ofMinutes(8 * 60 + random.nextInt(4 * 60)));
        for (var code : period.customer().persona().purchasePath(random)) {
            record(period, DemoJourney.touchpoint(code), at);
            at = at.plus(Duration.ofMinutes(20 + random.nextInt(90)));
        }
        record(period, DemoJourney.touchpoint("welcome-email"), at.plus(Duration.ofMinutes(5)));
        if (kind == CustomerKind.PERSON && random.nextDouble() < 0.85) {
            var touchpoint = DemoJourney.touchpoint("app-first-use");
            record(period, touchpoint, timeOfDay(day.plusDays(1 + random.nextInt(4)), touchpoint.channel()));
        }
        if (kind != CustomerKind.PERSON || random.nextDouble() < 0.25) {
            var touchpoint = DemoJourney.touchpoint("onboarding-call");
            record(period, touchpoint, timeOfDay(day.plusDays(2 + random.nextInt(9)), touchpoint.channel()));
        }
    }

    /** Something that happens every {@code months} months from the joining date, such as a bill or a renewal. */
    private void monthly(Period period, String code, LocalDate since, int months) {
        var touchpoint = DemoJourney.touchpoint(code);
        for (var n = 1; !startOf(since.plusMonths((long) n * months)).isAfter(period.until()); n++) {
            var day = since.plusMonths((long) n * months);
            record(period, touchpoint, startOf(day).plus(Duration.ofMinutes(5 * 60 + random.nextInt(120))));
        }
    }

    private void occasionally(Period period, String code, double perMonth) {
        var touchpoint = DemoJourney.touchpoint(code);
        var count = poisson(perMonth * period.months());
        for (var i = 0; i < count; i++) {
            record(period, touchpoint, timeOfDay(period.randomDay(random), touchpoint.channel()));
        }
    }

    private void supportCase(Period period, DemoTouchpoint touchpoint, Instant at) {
        if (!period.contains(at)) {
            return;
        }
        var firstContact = random.nextDouble() < switch (touchpoint.channel()) {
            case PHONE -> 0.5;
            case CHAT -> 0.7;
            case STORE -> 0.75;
            default -> 0.55;
        };
        var medianHours = touchpoint.channel() == Channel.PHONE ? 30 : touchpoint.channel() == Channel.CHAT ? 10 : 18;
        var hours = firstContact ? 0.1 + 0.6 * random.nextDouble() : medianHours * Math.exp(0.8 * random.nextGaussian());
        var resolvedAt = at.plus(Duration.ofMinutes((long) (hours * 60)));
        interactions.add(new DemoInteraction(period.customer().row().externalId(), touchpoint.code(), at, firstContact,
                resolvedAt.isAfter(now) ? null : resolvedAt));
        answers.maybeAnswer(period, touchpoint, at, new DemoStory.Case(firstContact, hours));
    }

    private void record(Period period, DemoTouchpoint touchpoint, Instant at) {
        if (period.contains(at)) {
            interactions.add(new DemoInteraction(period.customer().row().externalId(), touchpoint.code(), at, false, null));
            answers.maybeAnswer(period, touchpoint, at, null);
        }
    }

    /** Phone and store contacts happen in opening hours; the rest from morning to late evening. */
    private Instant timeOfDay(LocalDate day, Channel channel) {
        var opening = channel == Channel.PHONE || channel == Channel.STORE;
        var firstHour = opening ? 9 : 7;
        var hours = opening ? 10 : 16;
        return startOf(day).plus(Duration.ofMinutes(firstHour * 60 + random.nextInt(hours * 60)));
    }

    private int poisson(double mean) {
        var limit = Math.exp(-mean);
        var count = 0;
        for (var product = random.nextDouble(); product > limit; product *= random.nextDouble()) {
            count++;
        }
        return count;
    }

    private static Instant startOf(LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    /** The part of the year in which a customer was a customer: from inclusive, until exclusive. */
    record Period(SimulatedCustomer customer, Instant from, Instant until) {

        boolean contains(Instant at) {
            return !at.isBefore(from) && at.isBefore(until);
        }

        double months() {
            return Duration.between(from, until).toHours() / 24.0 / DAYS_PER_MONTH;
        }

        LocalDate randomDay(RandomGenerator random) {
            var seconds = Duration.between(from, until).toSeconds();
            return LocalDate.ofInstant(from.plusSeconds((long) (random.nextDouble() * seconds)), ZoneOffset.UTC);
        }
    }
}
