package org.cxloop.core.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.cxloop.core.InvalidInputException;
import org.junit.jupiter.api.Test;

class VariantCodesTests {

    @Test
    void readsCodesSeparatedByCommasOrLinesInOrder() {
        assertThat(Experiments.parseVariants(" control , guided\nself_service ")).containsExactly("control", "guided", "self_service");
    }

    @Test
    void refusesFewerThanTwoDuplicatesAndOddCharacters() {
        assertThatThrownBy(() -> Experiments.parseVariants("only")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("from 2 to 10");
        assertThatThrownBy(() -> Experiments.parseVariants("a, A")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("different");
        assertThatThrownBy(() -> Experiments.parseVariants("a, b c")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("letters, digits");
    }
}
