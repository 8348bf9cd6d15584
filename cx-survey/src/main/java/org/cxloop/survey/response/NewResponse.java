package org.cxloop.survey.response;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * An answer collected outside CX Loop's own mail (web widget, app, contact centre, import). The idempotency key,
 * chosen by the sender, makes a retried submission harmless.
 */
public record NewResponse(
        @NotBlank(message = "{response.customer.required}") String customerExternalId,
        @NotBlank(message = "{response.touchpoint.required}") String touchpoint,
        @NotNull(message = "{response.surveyType.required}") SurveyType surveyType,
        @NotNull(message = "{response.score.required}") Integer score,
        @Size(max = 2000, message = "{response.comment.size}") String comment,
        @NotNull(message = "{response.respondedAt.required}") Instant respondedAt,
        @Size(max = 100, message = "{response.idempotencyKey.size}") String idempotencyKey) {
}
