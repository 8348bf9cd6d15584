package org.cxloop.survey.privacy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.cxloop.survey.response.ExtraAnswer;

/** Everything held about one customer, as handed over on a data-access request. */
public record CustomerDataExport(
        Instant exportedAt,
        Profile customer,
        List<Interaction> interactions,
        List<Invitation> invitations,
        List<Response> responses,
        List<Feedback> feedback) {

    public record Profile(String externalId, String name, String email, String locale, String segment,
            LocalDate customerSince, LocalDate churnedAt, boolean marketingConsent, boolean surveyOptOut,
            Instant createdAt, Instant updatedAt) {
    }

    public record Interaction(String touchpoint, Instant occurredAt, boolean resolvedOnFirstContact, Instant resolvedAt) {
    }

    public record Invitation(String campaign, String status, Instant createdAt, Instant sentAt, Instant openedAt,
            Instant answeredAt, Instant expiresAt) {
    }

    /** Feedback from another channel about the customer (a review, a social post, a contact-centre note). */
    public record Feedback(String kind, String channel, String touchpoint, Integer rating, Integer ratingScale, String text,
            Instant occurredAt, String author, String link, String externalRef, String origin) {
    }

    public record Response(String touchpoint, String surveyType, int score, String comment, Instant respondedAt,
            String source, List<ExtraAnswer> answers) {
    }
}
