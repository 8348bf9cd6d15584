package org.cxloop.web.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Brute-force protection for the sign-in form (OWASP ASVS 2.2.1): after too many wrong passwords for one account,
 * or from one address, within the window, further attempts are refused until the window has passed, whatever the
 * password. A successful sign-in clears the account's count.
 */
@Component
class SignInThrottle {

    private final Cache<String, AtomicInteger> failures;
    private final int perAccount;
    private final int perAddress;

    SignInThrottle(@Value("${cx.sign-in.max-failures-per-account:5}") int perAccount,
            @Value("${cx.sign-in.max-failures-per-address:50}") int perAddress,
            @Value("${cx.sign-in.lock-minutes:15}") int lockMinutes) {
        this.perAccount = perAccount;
        this.perAddress = perAddress;
        this.failures = Caffeine.newBuilder()
                .maximumSize(100_000)
                .expireAfterWrite(Duration.ofMinutes(lockMinutes))
                .build();
    }

    boolean blocked(String username, String address) {
        return count(accountKey(username)) >= perAccount || count(addressKey(address)) >= perAddress;
    }

    void failed(String username, String address) {
        failures.get(accountKey(username), k -> new AtomicInteger()).incrementAndGet();
        failures.get(addressKey(address), k -> new AtomicInteger()).incrementAndGet();
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        failures.invalidate(accountKey(event.getAuthentication().getName()));
    }

    private int count(String key) {
        var counter = failures.getIfPresent(key);
        return counter == null ? 0 : counter.get();
    }

    private static String accountKey(String username) {
        return "account:" + (username == null ? "" : username.strip().toLowerCase(Locale.ROOT));
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }
}
