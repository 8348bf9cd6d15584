package org.cxloop.survey.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;

class LastErrorTests {

    @Test
    void keepsTheFirstLineOfTheMessage() {
        assertThat(LastError.of(new IOException("550 mailbox unavailable\n\tat some.Stack(Trace.java:1)")))
                .isEqualTo("550 mailbox unavailable");
    }

    @Test
    void namesTheExceptionWhenItHasNoMessage() {
        assertThat(LastError.of(new IOException())).isEqualTo("IOException");
    }

    @Test
    void cutsALongLineToTheColumnWidth() {
        assertThat(LastError.of("x".repeat(1_000))).hasSize(LastError.MAX_LENGTH);
    }
}
