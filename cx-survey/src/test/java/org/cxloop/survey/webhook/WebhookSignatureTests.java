package org.cxloop.survey.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class WebhookSignatureTests {

    @Test
    void signsTimestampDotBodyWithHmacSha256InLowercaseHex() throws Exception {
        var mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec("s3cret-s3cret-s3cret".getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        var expected = "sha256=" + HexFormat.of().formatHex(mac.doFinal("1700000000.{\"a\":1}".getBytes(StandardCharsets.UTF_8)));

        assertThat(new WebhookSignature("s3cret-s3cret-s3cret").sign(1_700_000_000L, "{\"a\":1}")).isEqualTo(expected);
    }

    @Test
    void refusesAnotherBodyTimestampOrSecret() {
        var signature = new WebhookSignature("s3cret-s3cret-s3cret");
        var header = signature.sign(1_700_000_000L, "{\"a\":1}");

        assertThat(signature.verifies(header, 1_700_000_000L, "{\"a\":1}")).isTrue();
        assertThat(signature.verifies(header, 1_700_000_000L, "{\"a\":2}")).isFalse();
        assertThat(signature.verifies(header, 1_700_000_001L, "{\"a\":1}")).isFalse();
        assertThat(new WebhookSignature("another-secret-entirely").verifies(header, 1_700_000_000L, "{\"a\":1}")).isFalse();
        assertThat(signature.verifies(null, 1_700_000_000L, "{\"a\":1}")).isFalse();
    }

    @Test
    void aHeaderSignedWithTwoSecretsVerifiesWithEitherAndKeepsTheSingleFormatForOne() {
        var current = new WebhookSignature("the-new-secret-0123");
        var previous = new WebhookSignature("the-old-secret-0123");

        var both = WebhookSignature.header(List.of("the-new-secret-0123", "the-old-secret-0123"), 1_700_000_000L, "{}");
        var one = WebhookSignature.header(List.of("the-new-secret-0123"), 1_700_000_000L, "{}");

        assertThat(both).isEqualTo(current.sign(1_700_000_000L, "{}") + ", " + previous.sign(1_700_000_000L, "{}"));
        assertThat(one).isEqualTo(current.sign(1_700_000_000L, "{}")).doesNotContain(",");
        assertThat(current.verifies(both, 1_700_000_000L, "{}")).isTrue();
        assertThat(previous.verifies(both, 1_700_000_000L, "{}")).isTrue();
        assertThat(previous.verifies(one, 1_700_000_000L, "{}")).isFalse();
        assertThat(new WebhookSignature("a-third-secret-0123").verifies(both, 1_700_000_000L, "{}")).isFalse();
    }
}
