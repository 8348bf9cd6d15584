package org.cxloop.survey.response;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * An answer collected outside CX Loop's own mail (web widget, app, contact centre, import). The idempotency key,
 * chosen by the sender, makes a retried submission harmless. The variant, when the answer belongs to an experiment
 * that assigns by attribute (or the sender knows it), names one of the experiment's variants.
 */
public record NewResponse(
        @NotBlank(message = "{response.customer.required}") String customerExternalId,
        @NotBlank(message = "{response.touchpoint.required}") String touchpoint,
        @NotNull(message = "{response.surveyType.required}") SurveyType surveyType,
        @NotNull(message = "{response.score.required}") Integer score,
        @Size(max = 2000, message = "{response.comment.size}") String comment,
        @NotNull(message = "{response.respondedAt.required}") Instant respondedAt,
        @Size(max = 100, message = "{response.idempotencyKey.size}") String idempotencyKey,
        @Size(max = 50, message = "{experiment.variant.size}") String variant) {

    /** An answer outside any experiment, or whose variant the experiment's seed decides. */
    public NewResponse(String customerExternalId, String touchpoint, SurveyType surveyType, Integer score, String comment,
            Instant respondedAt, String idempotencyKey) {
        this(customerExternalId, touchpoint, surveyType, score, comment, respondedAt, idempotencyKey, null);
    }
}
