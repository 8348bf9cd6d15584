package org.cxloop.survey.campaign;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A campaign as an admin sets it up. {@code sendAt} empty means at launch. {@code hoursAfterInteraction} set (for an
 * {@link Audience#INTERACTION} audience) means each customer is invited that many hours after their interaction at
 * the touchpoint, from launch (or from {@code interactionsFrom}) on, instead of all at once.
 */
public record CampaignDetails(
        @NotBlank(message = "{campaign.name.required}") @Size(max = 150, message = "{campaign.name.size}") String name,
        @NotNull(message = "{campaign.survey.required}") Long surveyId,
        @NotBlank(message = "{campaign.touchpoint.required}") String touchpoint,
        @NotNull(message = "{campaign.audience.required}") Audience audience,
        @Size(max = 100, message = "{customer.segment.size}") String segment,
        LocalDate interactionsFrom,
        LocalDate interactionsTo,
        Instant sendAt,
        @Min(value = 0, message = "{campaign.reminders.range}") @Max(value = 5, message = "{campaign.reminders.range}") int reminders,
        @Min(value = 1, message = "{campaign.reminderInterval.range}") @Max(value = 720, message = "{campaign.reminderInterval.range}") int reminderIntervalHours,
        @Min(value = 1, message = "{campaign.validity.range}") @Max(value = 90, message = "{campaign.validity.range}") int linkValidityDays,
        boolean followUp,
        @Min(value = 1, message = "{campaign.hoursAfterInteraction.range}") @Max(value = 720, message = "{campaign.hoursAfterInteraction.range}") Integer hoursAfterInteraction) {

    /** A campaign that invites its whole audience at once (or at {@code sendAt}). */
    public CampaignDetails(String name, Long surveyId, String touchpoint, Audience audience, String segment,
            LocalDate interactionsFrom, LocalDate interactionsTo, Instant sendAt, int reminders,
            int reminderIntervalHours, int linkValidityDays, boolean followUp) {
        this(name, surveyId, touchpoint, audience, segment, interactionsFrom, interactionsTo, sendAt, reminders,
                reminderIntervalHours, linkValidityDays, followUp, null);
    }

    /** Whether each customer is invited a while after their own interaction rather than all at once. */
    public boolean afterInteraction() {
        return hoursAfterInteraction != null;
    }
}
