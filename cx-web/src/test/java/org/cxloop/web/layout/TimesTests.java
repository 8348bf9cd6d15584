package org.cxloop.web.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

class TimesTests {

    // 23:30 UTC on 1 March is already 2 March, 00:30, in Madrid (UTC+1), and still 1 March, 18:30, in New York
    private static final Instant LATE_EVENING_UTC = Instant.parse("2026-03-01T23:30:00Z");

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void showsInstantsInTheInstallationsTimeZoneNotTheServers() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);

        assertThat(new Times(ZoneId.of("Europe/Madrid")).dateTime(LATE_EVENING_UTC)).isEqualTo("2 Mar 2026 00:30");
        assertThat(new Times(ZoneId.of("America/New_York")).dateTime(LATE_EVENING_UTC)).isEqualTo("1 Mar 2026 18:30");
        assertThat(new Times(ZoneId.of("Europe/Madrid")).date(LATE_EVENING_UTC)).isEqualTo("2 Mar 2026");
    }

    @Test
    void logsShowSecondsInTheInstallationsTimeZone() {
        LocaleContextHolder.setLocale(Locale.forLanguageTag("es"));
        var madrid = new Times(ZoneId.of("Europe/Madrid"));
        var at = Instant.parse("2026-03-01T23:30:07Z");

        assertThat(madrid.dateTimeSeconds(at)).isEqualTo("2 mar 2026 00:30:07");
        assertThat(madrid.timestamp(at)).isEqualTo("2026-03-02 00:30:07");
        assertThat(madrid.timestamp(null)).isEmpty();
    }

    @Test
    void namesTheMonthInTheReadersLanguage() {
        LocaleContextHolder.setLocale(Locale.forLanguageTag("es"));

        assertThat(new Times(ZoneId.of("Europe/Madrid")).dateTime(Instant.parse("2026-08-14T08:05:00Z")))
                .isEqualTo("14 ago 2026 10:05");
    }

    @Test
    void noInstantIsAnEmptyText() {
        assertThat(new Times(ZoneId.of("UTC")).dateTime(null)).isEmpty();
    }
}
