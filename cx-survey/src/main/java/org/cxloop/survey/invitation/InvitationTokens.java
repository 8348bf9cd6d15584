package org.cxloop.survey.invitation;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.OptionalLong;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Makes and checks survey link tokens: {@code <invitation id>.<HMAC-SHA256 over the id and the invitation's
 * random nonce>}. A changed digit, a guessed id or a token from another installation fails the check, which
 * compares in constant time.
 */
@Component
public class InvitationTokens {

    private static final Pattern SHAPE = Pattern.compile("([1-9][0-9]{0,17})\\.([A-Za-z0-9_-]{43})");

    private final SigningKey signingKey;
    private final JdbcClient jdbc;

    InvitationTokens(SigningKey signingKey, JdbcClient jdbc) {
        this.signingKey = signingKey;
        this.jdbc = jdbc;
    }

    public String tokenFor(long invitationId, String nonce) {
        return invitationId + "." + mac(invitationId, nonce);
    }

    /** The invitation id a token names, when the token is genuine. */
    public OptionalLong verify(String token) {
        if (token == null) {
            return OptionalLong.empty();
        }
        var matcher = SHAPE.matcher(token);
        if (!matcher.matches()) {
            return OptionalLong.empty();
        }
        var id = Long.parseLong(matcher.group(1));
        var nonce = jdbc.sql("select token_nonce from invitation where id = :id").param("id", id)
                .query(String.class).optional();
        if (nonce.isEmpty()) {
            return OptionalLong.empty();
        }
        var expected = mac(id, nonce.get()).getBytes(StandardCharsets.US_ASCII);
        var given = matcher.group(2).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, given) ? OptionalLong.of(id) : OptionalLong.empty();
    }

    private String mac(long invitationId, String nonce) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(signingKey.secret(), "HmacSHA256"));
            var digest = mac.doFinal(("invitation:" + invitationId + ":" + nonce).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is unavailable in this JVM", e);
        }
    }
}
