package org.cxloop.survey.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTests {

    @Test
    void doublesFromTheFirstWaitUpToTheLongest() {
        var backoff = new Backoff(Duration.ofSeconds(30), Duration.ofHours(1));
        assertThat(backoff.after(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(backoff.after(2)).isEqualTo(Duration.ofMinutes(1));
        assertThat(backoff.after(3)).isEqualTo(Duration.ofMinutes(2));
        assertThat(backoff.after(8)).isEqualTo(Duration.ofMinutes(64).compareTo(Duration.ofHours(1)) > 0
                ? Duration.ofHours(1) : Duration.ofMinutes(64));
        assertThat(backoff.after(1_000)).isEqualTo(Duration.ofHours(1));
    }
}
