package org.cxloop.survey.webhook;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * How a delivery is signed: HMAC-SHA256, keyed with the endpoint's secret, over the Unix timestamp in seconds, a
 * dot and the exact body bytes; sent as {@code X-CxLoop-Signature: sha256=<lowercase hex>} next to
 * {@code X-CxLoop-Timestamp}. Receivers recompute it, compare in constant time and refuse old timestamps.
 */
public record WebhookSignature(String secret) {

    public static final String SIGNATURE_HEADER = "X-CxLoop-Signature";
    public static final String TIMESTAMP_HEADER = "X-CxLoop-Timestamp";
    public static final String EVENT_HEADER = "X-CxLoop-Event";
    public static final String EVENT_ID_HEADER = "X-CxLoop-Event-Id";
    private static final String PREFIX = "sha256=";

    /** The header value for this timestamp and body. */
    public String sign(long timestampSeconds, String body) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            var signed = mac.doFinal((timestampSeconds + "." + body).getBytes(StandardCharsets.UTF_8));
            return PREFIX + HexFormat.of().formatHex(signed);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    /** Whether the header value signs this timestamp and body, compared in constant time. */
    public boolean verifies(String header, long timestampSeconds, String body) {
        return header != null && MessageDigest.isEqual(sign(timestampSeconds, body).getBytes(StandardCharsets.US_ASCII),
                header.getBytes(StandardCharsets.US_ASCII));
    }
}
