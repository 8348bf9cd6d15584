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
        var id = idIn(token);
        if (id.isEmpty()) {
            return OptionalLong.empty();
        }
        var nonce = jdbc.sql("select token_nonce from invitation where id = :id").param("id", id.getAsLong())
                .query(String.class).optional();
        return nonce.isPresent() && signs(token, id.getAsLong(), nonce.get()) ? id : OptionalLong.empty();
    }

    /**
     * The invitation id a token of the right shape names, not yet checked: a caller that reads the invitation (and
     * its nonce) anyway checks the signature with {@link #signs} and saves a query.
     */
    OptionalLong idIn(String token) {
        if (token == null) {
            return OptionalLong.empty();
        }
        var matcher = SHAPE.matcher(token);
        return matcher.matches() ? OptionalLong.of(Long.parseLong(matcher.group(1))) : OptionalLong.empty();
    }

    /** Whether the token is the genuine one for this invitation and its nonce. */
    boolean signs(String token, long invitationId, String nonce) {
        var matcher = SHAPE.matcher(token);
        if (!matcher.matches() || Long.parseLong(matcher.group(1)) != invitationId) {
            return false;
        }
        var expected = mac(invitationId, nonce).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, matcher.group(2).getBytes(StandardCharsets.US_ASCII));
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
