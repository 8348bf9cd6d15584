package org.cxloop.demo;

import java.time.Clock;
import java.time.Duration;
import org.cxloop.core.customer.Customers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * With {@code cx.demo.enabled=true} (the {@code demo} profile), fills an empty database with the demo data set at
 * start. A database that holds any customer is left alone, so restarts and real data are safe.
 */
@Component
@Order(10)
@ConditionalOnProperty(name = "cx.demo.enabled", havingValue = "true")
class DemoDataLoader implements ApplicationRunner {

    /** Fixed, so every demo shows the same company; dates still follow the clock. */
    static final long SEED = 20261123L;

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final Customers customers;
    private final DemoDataWriter writer;
    private final Clock clock;

    DemoDataLoader(Customers customers, DemoDataWriter writer, Clock clock) {
        this.customers = customers;
        this.writer = writer;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        loadIfEmpty();
    }

    /** Loads the demo data set unless a customer exists; returns whether it loaded. */
    boolean loadIfEmpty() {
        var existing = customers.count();
        if (existing > 0) {
            log.info("Demo data skipped: the database already holds customers ({}).", existing);
            return false;
        }
        var started = System.nanoTime();
        var data = new DemoDataGenerator(SEED, clock).generate();
        writer.write(data);
        var elapsed = Duration.ofNanos(System.nanoTime() - started);
        log.info("Loaded the demo data set in {} ms: {} customers, {} journey stages, {} touchpoints, {} interactions, {} survey responses, {} pieces of feedback.",
                elapsed.toMillis(), data.customers().size(), data.stages().size(), data.touchpoints().size(),
                data.interactions().size(), data.responses().size(), data.feedback().size());
        return true;
    }
}
