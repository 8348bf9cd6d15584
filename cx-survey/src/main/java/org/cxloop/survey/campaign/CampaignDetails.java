package org.cxloop.survey.campaign;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;

/** A campaign as an admin sets it up. {@code sendAt} empty means at launch. */
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
        boolean followUp) {
}
