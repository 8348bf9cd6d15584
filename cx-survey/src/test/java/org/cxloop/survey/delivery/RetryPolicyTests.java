package org.cxloop.survey.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RetryPolicyTests {

    private static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");

    @Test
    void waitsTwiceAsLongAfterEachFailureUpToTheLongestWait() {
        var policy = new RetryPolicy(Duration.ofSeconds(30), Duration.ofHours(1), 1_000);
        assertThat(policy.nextAttempt(1, NOW)).contains(NOW.plusSeconds(30));
        assertThat(policy.nextAttempt(2, NOW)).contains(NOW.plusSeconds(60));
        assertThat(policy.nextAttempt(3, NOW)).contains(NOW.plusSeconds(120));
        assertThat(policy.nextAttempt(7, NOW)).contains(NOW.plus(Duration.ofMinutes(32)));
        assertThat(policy.nextAttempt(8, NOW)).contains(NOW.plus(Duration.ofHours(1)));
        assertThat(policy.nextAttempt(999, NOW)).contains(NOW.plus(Duration.ofHours(1)));
    }

    @Test
    void givesUpOnceTheAttemptsHaveRunOut() {
        var policy = new RetryPolicy(Duration.ofSeconds(30), Duration.ofHours(1), 3);
        assertThat(policy.nextAttempt(2, NOW)).isPresent();
        assertThat(policy.nextAttempt(3, NOW)).isEmpty();
        assertThat(policy.nextAttempt(4, NOW)).isEmpty();
    }

    @Test
    void refusesAPolicyThatWouldNeverWaitOrNeverTry() {
        assertThatIllegalArgumentException().isThrownBy(() -> new RetryPolicy(Duration.ZERO, Duration.ofHours(1), 3));
        assertThatIllegalArgumentException().isThrownBy(() -> new RetryPolicy(Duration.ofMinutes(2), Duration.ofMinutes(1), 3));
        assertThatIllegalArgumentException().isThrownBy(() -> new RetryPolicy(Duration.ofSeconds(30), Duration.ofHours(1), 0));
    }
}
