package org.cxloop.core.apikey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ApiKeyTests {

    static final Instant NOON = Instant.parse("2026-11-23T12:00:00Z");

    @Test
    void notesTheFirstUse() {
        assertThat(ApiKey.useWorthNoting(null, NOON)).isTrue();
    }

    @Test
    void writesLastUseAtMostOnceAMinute() {
        assertThat(ApiKey.useWorthNoting(NOON, NOON.plusSeconds(59))).isFalse();
        assertThat(ApiKey.useWorthNoting(NOON, NOON.plusSeconds(60))).isTrue();
    }

    @Test
    void keepsTheFirstRevocationTime() {
        var key = new ApiKey("crm", "cxk_abc", "hash", "ana", NOON);
        key.revoke(NOON.plusSeconds(5));
        key.revoke(NOON.plusSeconds(10));
        assertThat(key.revokedAt()).isEqualTo(NOON.plusSeconds(5));
        assertThat(key.revoked()).isTrue();
    }

    @Test
    void hashesSecretsWithSha256() {
        assertThat(ApiKeys.hash("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }
}
