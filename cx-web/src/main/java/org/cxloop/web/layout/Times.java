package org.cxloop.web.layout;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Instants as people read them: in the installation's time zone ({@code cx.time-zone}, the zone metric periods are
 * read in) rather than the server's, with month names in the reader's language. Templates call it as
 * {@code ${@times.dateTime(instant)}}.
 */
@Component("times")
public class Times {

    private static final String DATE = "d MMM yyyy";
    private static final String DATE_TIME = "d MMM yyyy HH:mm";
    private static final String DATE_TIME_SECONDS = "d MMM yyyy HH:mm:ss";
    private static final String TIMESTAMP = "yyyy-MM-dd HH:mm:ss";

    private final ZoneId zone;

    public Times(@Value("${cx.time-zone:UTC}") ZoneId zone) {
        this.zone = zone;
    }

    /** Day, month and time in the installation's zone and the current request's language; empty for no instant. */
    public String dateTime(Instant at) {
        return format(at, DATE_TIME, LocaleContextHolder.getLocale());
    }

    /** As {@link #dateTime} with the seconds, for logs where events come seconds apart. */
    public String dateTimeSeconds(Instant at) {
        return format(at, DATE_TIME_SECONDS, LocaleContextHolder.getLocale());
    }

    /** Year-month-day and time to the second in the installation's zone, the same in every language: sortable. */
    public String timestamp(Instant at) {
        return format(at, TIMESTAMP, Locale.ROOT);
    }

    /** Day and month in the installation's zone and the current request's language; empty for no instant. */
    public String date(Instant at) {
        return format(at, DATE, LocaleContextHolder.getLocale());
    }

    String format(Instant at, String pattern, Locale locale) {
        return at == null ? "" : DateTimeFormatter.ofPattern(pattern, locale).withZone(zone).format(at);
    }

    public ZoneId zone() {
        return zone;
    }
}
