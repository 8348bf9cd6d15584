package org.cxloop.survey.followup;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.cxloop.survey.response.SurveyType;

/**
 * An admin's rule as entered: empty fields match everything. A score range needs a survey type, since the scales
 * differ; keywords are separated by commas.
 */
public record NewFollowUpRule(
        @NotBlank(message = "{followUpRule.name.required}") @Size(max = 150, message = "{followUpRule.name.size}") String name,
        @NotNull(message = "{followUpRule.priority.required}") @Min(value = 1, message = "{followUpRule.priority.range}")
        @Max(value = 10000, message = "{followUpRule.priority.range}") Integer priority,
        String touchpoint,
        Long campaignId,
        SurveyType surveyType,
        Integer minScore,
        Integer maxScore,
        @Size(max = 500, message = "{followUpRule.keywords.size}") String keywords,
        @Size(max = 100, message = "{followUpRule.segment.size}") String segment,
        Long ownerId,
        @NotNull(message = "{followUpRule.slaHours.required}") @Min(value = 1, message = "{followUpRule.slaHours.range}")
        @Max(value = 2160, message = "{followUpRule.slaHours.range}") Integer slaHours) {
}
