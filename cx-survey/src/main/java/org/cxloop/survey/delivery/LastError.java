package org.cxloop.survey.delivery;

/** What an outbox keeps of a failed attempt in its {@code last_error} column and shows to admins. */
public final class LastError {

    /** At most this many characters are kept (the columns hold 500). */
    public static final int MAX_LENGTH = 480;

    private LastError() {
    }

    /** The first line of the exception's message (its class name when it has none), at most {@link #MAX_LENGTH}. */
    public static String of(Exception e) {
        return of(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    }

    /** The first line of the message, at most {@link #MAX_LENGTH} characters. */
    public static String of(String message) {
        var firstLine = message.lines().findFirst().orElse(message);
        return firstLine.length() > MAX_LENGTH ? firstLine.substring(0, MAX_LENGTH) : firstLine;
    }
}
