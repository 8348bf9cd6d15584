package org.cxloop.survey.mail;

import java.time.Instant;
import java.util.Locale;
import org.cxloop.survey.definition.SurveyDefinition;

/**
 * Everything needed to write one invitation or reminder mail. {@code stopped}: the customer opted out or the address
 * bounced hard since the mail was queued, so it must not go.
 */
record OutboxMail(
        long outboxId,
        long invitationId,
        boolean reminder,
        String invitationStatus,
        Instant expiresAt,
        String nonce,
        String customerName,
        String email,
        Locale locale,
        SurveyDefinition survey,
        String touchpointName,
        int remindersPlanned,
        int remindersSent,
        int reminderIntervalHours,
        int attempts,
        String messageId,
        boolean stopped) {
}
