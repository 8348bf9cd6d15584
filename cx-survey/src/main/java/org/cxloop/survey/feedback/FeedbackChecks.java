package org.cxloop.survey.feedback;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;
import org.cxloop.core.Channel;
import org.cxloop.core.InvalidInputException;

/**
 * The rules feedback must keep, the same for the API and the CSV import: each broken rule names its field (the API's
 * camelCase name) and says what is expected.
 */
public final class FeedbackChecks {

    static final int MAX_TEXT = 4000;
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);
    private static final Pattern LINK = Pattern.compile("https?://[^\\s\\x00]{1,990}", Pattern.CASE_INSENSITIVE);
    private static final Pattern REF = Pattern.compile("[^\\p{Cntrl}]{1,200}");

    private FeedbackChecks() {
    }

    /** The feedback with its values read and trimmed, or an {@link InvalidInputException} naming the first bad field. */
    public static Checked check(NewFeedback in, Instant now) {
        var kind = parse(FeedbackKind.values(), in.kind(), "kind", "feedback.kind.invalid",
                "kind must be one of SOCIAL, REVIEW, CONTACT_CENTRE, OTHER");
        var channel = parse(Channel.values(), in.channel(), "channel", "feedback.channel.invalid",
                "channel must be one of " + String.join(", ", Arrays.stream(Channel.values()).map(Enum::name).toList()));
        var text = blankToNull(in.text());
        if (text == null) {
            throw new InvalidInputException("text", "feedback.text.required", "text is required.");
        }
        if (text.indexOf('\0') >= 0) {
            throw new InvalidInputException("text", "feedback.text.nul", "text cannot contain the NUL character (\\u0000).");
        }
        if (text.length() > MAX_TEXT) {
            throw new InvalidInputException("text", "feedback.text.size", "text can have at most " + MAX_TEXT + " characters.");
        }
        if (in.rating() == null && in.ratingScale() != null) {
            throw new InvalidInputException("rating", "feedback.rating.required", "ratingScale was given without a rating.");
        }
        if (in.rating() != null) {
            if (in.ratingScale() == null || (in.ratingScale() != 5 && in.ratingScale() != 10)) {
                throw new InvalidInputException("ratingScale", "feedback.ratingScale.invalid",
                        "A rating needs ratingScale 5 (ratings 1 to 5) or 10 (ratings 0 to 10).");
            }
            var min = in.ratingScale() == 5 ? 1 : 0;
            if (in.rating() < min || in.rating() > in.ratingScale()) {
                throw new InvalidInputException("rating", "feedback.rating.range",
                        "rating on a scale of " + in.ratingScale() + " must be from " + min + " to " + in.ratingScale() + ".");
            }
        }
        if (in.occurredAt() == null) {
            throw new InvalidInputException("occurredAt", "feedback.occurredAt.required",
                    "occurredAt is required: an ISO date-time with offset (2026-11-23T09:30:00+01:00) or a date (2026-11-23).");
        }
        if (in.occurredAt().isAfter(now.plus(CLOCK_SKEW))) {
            throw new InvalidInputException("occurredAt", "feedback.occurredAt.future", "occurredAt is in the future.");
        }
        var author = blankToNull(in.author());
        if (author != null && (author.length() > 200 || author.indexOf('\0') >= 0)) {
            throw new InvalidInputException("author", "feedback.author.size", "author can have at most 200 characters and no NUL character.");
        }
        var link = blankToNull(in.link());
        if (link != null && !LINK.matcher(link).matches()) {
            throw new InvalidInputException("link", "feedback.link.invalid",
                    "link must be an http or https address of at most 1000 characters.");
        }
        var ref = blankToNull(in.externalRef());
        if (ref != null && !REF.matcher(ref).matches()) {
            throw new InvalidInputException("externalRef", "feedback.externalRef.invalid",
                    "externalRef can have at most 200 characters and no control characters.");
        }
        return new Checked(kind, channel, blankToNull(in.customerExternalId()), blankToNull(in.touchpoint()), in.rating(),
                in.rating() == null ? null : in.ratingScale(), text, in.occurredAt(), author, link, ref);
    }

    private static <E extends Enum<E>> E parse(E[] values, String value, String field, String code, String message) {
        var wanted = value == null ? "" : value.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(values).filter(v -> v.name().equals(wanted)).findFirst()
                .orElseThrow(() -> new InvalidInputException(field, code,
                        message + (value == null || value.isBlank() ? "." : " (found '" + shorten(value) + "').")));
    }

    static String shorten(String value) {
        return value.length() > 60 ? value.substring(0, 60) + "…" : value;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Feedback that keeps every rule, its codes (customer, touchpoint) not yet looked up. */
    public record Checked(FeedbackKind kind, Channel channel, String customer, String touchpoint, Integer rating,
            Integer ratingScale, String text, Instant occurredAt, String author, String link, String externalRef) {
    }
}
