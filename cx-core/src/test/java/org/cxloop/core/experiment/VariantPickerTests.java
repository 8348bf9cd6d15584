package org.cxloop.core.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class VariantPickerTests {

    static final List<String> TWO = List.of("control", "new");
    static final List<String> THREE = List.of("a", "b", "c");

    @Test
    void matchesAHashComputedOutsideJava() {
        // Reference values from Python: int.from_bytes(sha256(b"onboarding-2026\0" + id).digest()[:8], "big")
        //   c-1 → d2237126060a6e42: mod 2 = 0, mod 3 = 0      c-2 → 5c8799b5503b8b13: mod 2 = 1, mod 3 = 0
        //   c-3 → f721111f9b57fd3a: mod 2 = 0, mod 3 = 2      ana@example → c28aeac8c592f311: mod 2 = 1, mod 3 = 1
        // (d2…, f7… and c2… are above 2⁶³, so a signed remainder would give other answers.)
        assertThat(VariantPicker.pick("onboarding-2026", "c-1", TWO)).isEqualTo("control");
        assertThat(VariantPicker.pick("onboarding-2026", "c-2", TWO)).isEqualTo("new");
        assertThat(VariantPicker.pick("onboarding-2026", "ana@example", TWO)).isEqualTo("new");
        assertThat(VariantPicker.pick("onboarding-2026", "c-1", THREE)).isEqualTo("a");
        assertThat(VariantPicker.pick("onboarding-2026", "c-3", THREE)).isEqualTo("c");
        assertThat(VariantPicker.pick("onboarding-2026", "ana@example", THREE)).isEqualTo("b");
    }

    @Test
    void theSameSeedAlwaysGivesTheSameSplitAndAnotherSeedAnother() {
        var first = IntStream.range(0, 1000).mapToObj(i -> VariantPicker.pick("seed-1", "cust-" + i, TWO)).toList();
        var again = IntStream.range(0, 1000).mapToObj(i -> VariantPicker.pick("seed-1", "cust-" + i, TWO)).toList();
        var other = IntStream.range(0, 1000).mapToObj(i -> VariantPicker.pick("seed-2", "cust-" + i, TWO)).toList();

        assertThat(again).isEqualTo(first);
        var moved = IntStream.range(0, 1000).filter(i -> !first.get(i).equals(other.get(i))).count();
        // An independent split moves about half the customers: 500 ± 3 × √(1000 × ¼) ≈ 500 ± 47.
        assertThat(moved).isBetween(453L, 547L);
    }

    @Test
    void splitsTenThousandCustomersEvenly() {
        // Binomial(10000, ½): standard deviation 50, so each side within 5000 ± 200 (4 σ);
        // three variants: 3333 ± 4 × √(10000 × ⅓ × ⅔) = 3333 ± 189.
        var two = new HashMap<String, Integer>();
        var three = new HashMap<String, Integer>();
        for (var i = 0; i < 10_000; i++) {
            two.merge(VariantPicker.pick("balance", "customer-" + i, TWO), 1, Integer::sum);
            three.merge(VariantPicker.pick("balance", "customer-" + i, THREE), 1, Integer::sum);
        }
        assertThat(two.values()).allSatisfy(n -> assertThat(n.doubleValue()).isCloseTo(5000, within(200.0)));
        assertThat(three).hasSize(3);
        assertThat(three.values()).allSatisfy(n -> assertThat(n.doubleValue()).isCloseTo(3333, within(189.0)));
    }
}
