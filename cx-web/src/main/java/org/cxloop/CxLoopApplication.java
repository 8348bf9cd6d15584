package org.cxloop;

import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

/** CX Loop: listen to customers, understand them, act, measure, and listen again. */
@SpringBootApplication
@EnableScheduling
public class CxLoopApplication {

    public static void main(String[] args) {
        SpringApplication.run(CxLoopApplication.class, args);
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
