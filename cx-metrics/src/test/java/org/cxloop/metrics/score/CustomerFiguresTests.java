package org.cxloop.metrics.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class CustomerFiguresTests {

    @Test
    void churnIsTheShareOfStartingCustomersLost() {
        // S = 20 active before the period, L = 3 of them churn in it -> 100 × 3 / 20 = 15
        var churn = Churn.of(20, 3);

        assertThat(churn.rate()).isEqualTo(15.0);
        assertThat(churn.customersAtStart()).isEqualTo(20);
        assertThat(churn.churned()).isEqualTo(3);
    }

    @Test
    void churnWithoutStartingCustomersIsNull() {
        var churn = Churn.of(0, 0);

        assertThat(churn.rate()).isNull();
        assertThat(churn.customersAtStart()).isZero();
    }

    @Test
    void churnRefusesMoreLostThanThereWere() {
        assertThatIllegalArgumentException().isThrownBy(() -> Churn.of(2, 3));
    }

    @Test
    void churnChangesAreTestedAsTwoProportions() {
        // 1/20 -> 5/20: pooled 6/40 = 0.15; 1.96 × 100 × √(0.15 × 0.85 × 0.1) = 22.13 > 20 -> not significant
        var change = Churn.of(20, 5).changeSince(Churn.of(20, 1));

        assertThat(change.delta()).isEqualTo(20.0);
        assertThat(change.significant()).isFalse();
        // 0/20 -> 6/20: pooled 0.15 again, 22.13 < 30 -> significant
        assertThat(Churn.of(20, 6).changeSince(Churn.of(20, 0)).significant()).isTrue();
    }

    @Test
    void retentionChangesAreTestedOnTheCustomersKept() {
        // kept 19/20 -> 15/20: pooled 34/40 = 0.85; 1.96 × 100 × √(0.85 × 0.15 × 0.1) = 22.13 > 20 -> not significant
        var change = Churn.of(20, 5).retentionChangeSince(Churn.of(20, 1));

        assertThat(change.previous()).isEqualTo(95.0);
        assertThat(change.delta()).isEqualTo(-20.0);
        assertThat(change.significant()).isFalse();
        // 20/20 -> 14/20: 22.13 < 30 -> significant
        assertThat(Churn.of(20, 6).retentionChangeSince(Churn.of(20, 0)).significant()).isTrue();
        assertThat(Churn.of(0, 0).retentionChangeSince(Churn.of(20, 0)).delta()).isNull();
    }

    @Test
    void retentionKeepsStartingCustomersNotNewOnes() {
        // S = 20, 5 acquired and all still there, 21 active at the end: 100 × (21 − 5) / 20 = 80
        var retention = Retention.of(20, 5, 0, 21);

        assertThat(retention.rate()).isEqualTo(80.0);
        assertThat(retention.acquired()).isEqualTo(5);
        assertThat(retention.acquiredAndLost()).isZero();
        assertThat(retention.customersAtEnd()).isEqualTo(21);
    }

    @Test
    void aCustomerWhoJoinsAndChurnsInsideThePeriodIsNeitherRetainedNorSubtracted() {
        // S = 10, one of them churns; one more joins and churns inside the period: N = 1 (lost too), E = 9, L = 1
        // churn = 100 × 1 / 10 = 10; retention = 100 × (9 − (1 − 1)) / 10 = 90: churn + retention = 100
        assertThat(Churn.of(10, 1).rate()).isEqualTo(10.0);
        assertThat(Retention.of(10, 1, 1, 9).rate()).isEqualTo(90.0);
    }

    @Test
    void manyCustomersJoiningAndChurningInsideThePeriodCannotMakeRetentionNegative() {
        // S = 1 who stays; 4 join and churn inside the period: E = 1. The old count gave 100 × (1 − 4) / 1 = −300
        var retention = Retention.of(1, 4, 4, 1);

        assertThat(retention.rate()).isEqualTo(100.0);
        assertThat(retention.acquired()).isEqualTo(4);
    }

    @Test
    void retentionWithoutStartingCustomersIsNull() {
        var retention = Retention.of(0, 4, 0, 4);

        assertThat(retention.rate()).isNull();
        assertThat(retention.acquired()).isEqualTo(4);
    }

    @Test
    void retentionRefusesMoreAtTheEndThanCouldBeThere() {
        assertThatIllegalArgumentException().isThrownBy(() -> Retention.of(3, 1, 0, 5));
    }

    @Test
    void retentionRefusesMoreLostNewcomersThanNewcomers() {
        assertThatIllegalArgumentException().isThrownBy(() -> Retention.of(3, 1, 2, 3));
    }

    @Test
    void retentionRefusesFewerAtTheEndThanTheNewcomersStillThere() {
        assertThatIllegalArgumentException().isThrownBy(() -> Retention.of(3, 4, 1, 2));
    }
}
