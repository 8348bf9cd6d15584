package org.cxloop.survey.webhook;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * How a delivery is signed: HMAC-SHA256, keyed with the endpoint's secret, over the Unix timestamp in seconds, a
 * dot and the exact body bytes; sent as {@code X-CxLoop-Signature: sha256=<lowercase hex>} next to
 * {@code X-CxLoop-Timestamp}. Receivers recompute it, compare in constant time and refuse old timestamps.
 * For a while after the secret is rotated, the header carries one signature per secret, newest first, separated by a
 * comma and a space: {@code sha256=<new>, sha256=<previous>}; a receiver accepts the delivery if any of them matches.
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

    /** The header value for this timestamp and body signed with each of the secrets, in their order. */
    public static String header(List<String> secrets, long timestampSeconds, String body) {
        return secrets.stream().map(secret -> new WebhookSignature(secret).sign(timestampSeconds, body))
                .collect(Collectors.joining(", "));
    }

    /** Whether one of the header's signatures signs this timestamp and body with this secret, in constant time. */
    public boolean verifies(String header, long timestampSeconds, String body) {
        if (header == null) {
            return false;
        }
        var expected = sign(timestampSeconds, body).getBytes(StandardCharsets.US_ASCII);
        var found = false;
        for (var signature : header.split(",")) {
            found |= MessageDigest.isEqual(expected, signature.strip().getBytes(StandardCharsets.US_ASCII));
        }
        return found;
    }
}
