package org.cxloop.survey.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.cxloop.core.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WebhookAddressesTests {

    final WebhookAddresses selfHosted = new WebhookAddresses(true);
    final WebhookAddresses lockedDown = new WebhookAddresses(false);

    @ParameterizedTest
    @ValueSource(strings = {"ftp://files.example.com/x", "file:///etc/passwd", "gopher://127.0.0.1:25/",
            "javascript:alert(1)", "jar:http://x!/y", "//no-scheme.example.com/hook"})
    void refusesEverySchemeButHttpAndHttps(String url) {
        assertThatThrownBy(() -> selfHosted.check(url)).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("url"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "http://", "https://user:pass@hooks.example.com/x", "http://bad host/x",
            "http://a\u0000b/"})
    void refusesMalformedUrlsAndUserInfo(String url) {
        assertThatThrownBy(() -> selfHosted.check(url)).isInstanceOf(InvalidInputException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://169.254.169.254/latest/meta-data/", "http://[fe80::1]/x", "http://0.0.0.0:8080/"})
    void alwaysRefusesLinkLocalAndUnspecifiedAddresses(String url) {
        assertThatThrownBy(() -> selfHosted.check(url)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("Link-local");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:9000/hook", "http://10.1.2.3/hook", "https://192.168.0.10/hook",
            "http://172.16.5.4/hook", "http://[::1]/hook", "http://[fd00::1]/hook"})
    void privateAddressesAreAllowedByDefaultAndRefusedWhenLockedDown(String url) {
        assertThat(selfHosted.check(url).toString()).isEqualTo(url);
        assertThatThrownBy(() -> lockedDown.check(url)).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).code()).isEqualTo("webhook.url.private"));
    }

    @Test
    void acceptsPublicAddressesAndNamesThatDoNotResolveYet() {
        assertThat(lockedDown.check("https://93.184.215.14/hook").getHost()).isEqualTo("93.184.215.14");
        assertThat(lockedDown.check("https://hooks.invalid/services/T0/B0/x").getHost()).isEqualTo("hooks.invalid");
    }
}
