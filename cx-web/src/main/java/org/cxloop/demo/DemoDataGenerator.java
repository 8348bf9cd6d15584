package org.cxloop.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Random;

/** Generates the demo data set in memory. The same seed and clock always give the same data. */
final class DemoDataGenerator {

    static final int CUSTOMERS = 3000;

    private final long seed;
    private final Clock clock;

    DemoDataGenerator(long seed, Clock clock) {
        this.seed = seed;
        this.clock = clock;
    }

    DemoDataSet generate() {
        var random = new Random(seed);
        var now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        var factory = new CustomerFactory(random, LocalDate.ofInstant(now, ZoneOffset.UTC));
        var answers = new SurveyAnswers(random, new DemoStory(now), DemoComments.load());
        var simulator = new ActivitySimulator(random, now, answers);
        var customers = new ArrayList<DemoCustomer>(CUSTOMERS);
        for (var number = 1; number <= CUSTOMERS; number++) {
            var customer = factory.create(number);
            customers.add(customer.row());
            simulator.simulate(customer);
        }
        var feedback = new FeedbackSimulator(random, now).simulate(customers);
        return new DemoDataSet(DemoJourney.STAGES, DemoJourney.TOUCHPOINTS, customers, simulator.interactions(),
                answers.responses(), feedback);
    }
}
