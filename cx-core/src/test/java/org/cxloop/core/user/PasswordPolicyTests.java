package org.cxloop.core.user;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.cxloop.core.InvalidInputException;
import org.junit.jupiter.api.Test;

class PasswordPolicyTests {

    @Test
    void acceptsTwelveCharactersWithoutCompositionRules() {
        assertThatCode(() -> PasswordPolicy.check("abcdefghijkl", "ana@example.com")).doesNotThrowAnyException();
    }

    @Test
    void refusesElevenCharacters() {
        assertThatThrownBy(() -> PasswordPolicy.check("abcdefghijk", "ana@example.com"))
                .isInstanceOf(InvalidInputException.class)
                .extracting("code").isEqualTo("user.password.tooShort");
    }

    @Test
    void countsCharactersNotBytes() {
        assertThatThrownBy(() -> PasswordPolicy.check("ñññññññññññ", null)).hasMessageContaining("at least 12");
        assertThatCode(() -> PasswordPolicy.check("🔑🔑🔑🔑🔑🔑🔑🔑🔑🔑🔑🔑", null)).doesNotThrowAnyException();
    }

    @Test
    void refusesMoreThan128Characters() {
        assertThatThrownBy(() -> PasswordPolicy.check("x".repeat(129), null))
                .extracting("code").isEqualTo("user.password.tooLong");
    }

    @Test
    void refusesTheEmailAsPassword() {
        assertThatThrownBy(() -> PasswordPolicy.check("Long.Name@Example.com", "long.name@example.com"))
                .extracting("code").isEqualTo("user.password.sameAsEmail");
    }
}
