package org.cxloop.demo;

import java.time.LocalDate;
import java.util.random.RandomGenerator;

/** Creates demo customers: who they are, when they joined (over the last three years) and whether they left. */
final class CustomerFactory {

    private static final int HISTORY_DAYS = 3 * 365;
    private static final double DAYS_PER_MONTH = 30.44;
    private static final double SURVEY_OPT_OUT = 0.03;

    private final RandomGenerator random;
    private final LocalDate today;

    CustomerFactory(RandomGenerator random, LocalDate today) {
        this.random = random;
        this.today = today;
    }

    SimulatedCustomer create(int number) {
        var persona = Persona.pick(random);
        var locale = random.nextBoolean() ? "es" : "en";
        var name = DemoNames.of(persona, locale, number, random);
        var mood = 0.35 * random.nextGaussian();
        var since = joiningDate();
        var row = new DemoCustomer("DEMO-%06d".formatted(number), name.name(), name.email(), locale, persona.segment(),
                since, churnDate(persona, mood, since), random.nextDouble() < persona.marketingConsent(),
                random.nextDouble() < SURVEY_OPT_OUT);
        return new SimulatedCustomer(row, persona, mood);
    }

    /** The company grows, so recent years bring more customers than earlier ones. */
    private LocalDate joiningDate() {
        return today.minusDays((long) (HISTORY_DAYS * Math.pow(random.nextDouble(), 1.25)));
    }

    /** Leaving is a monthly risk of the persona, higher for unhappy customers; null while the customer stays. */
    private LocalDate churnDate(Persona persona, double mood, LocalDate since) {
        var monthlyRisk = persona.monthlyChurn() * Math.exp(-1.5 * mood);
        var months = -Math.log(1 - random.nextDouble()) / monthlyRisk;
        var date = since.plusDays((long) (months * DAYS_PER_MONTH));
        return date.isBefore(today) ? date : null;
    }
}
