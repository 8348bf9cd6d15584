package org.cxloop.web.surveys;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.cxloop.survey.campaign.Audience;
import org.cxloop.survey.campaign.CampaignDetails;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The campaign form. The send time is typed in UTC, the installation's time zone; empty means at launch. Hours after
 * the interaction, when given, replace the send time: each customer is invited that long after their interaction.
 */
record CampaignForm(
        String name,
        Long surveyId,
        String touchpoint,
        Audience audience,
        String segment,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate interactionsFrom,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate interactionsTo,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime sendAt,
        Integer reminders,
        Integer reminderIntervalHours,
        Integer linkValidityDays,
        Boolean followUp,
        Integer hoursAfterInteraction) {

    static CampaignForm empty() {
        return new CampaignForm("", null, null, Audience.SEGMENT, null, null, null, null, 1, 72, 14, true, null);
    }

    CampaignDetails details() {
        return new CampaignDetails(name, surveyId, touchpoint, audience, segment, interactionsFrom, interactionsTo,
                sendAt == null ? null : sendAt.toInstant(ZoneOffset.UTC),
                reminders == null ? 0 : reminders,
                reminderIntervalHours == null ? 72 : reminderIntervalHours,
                linkValidityDays == null ? 14 : linkValidityDays,
                Boolean.TRUE.equals(followUp), hoursAfterInteraction);
    }
}
