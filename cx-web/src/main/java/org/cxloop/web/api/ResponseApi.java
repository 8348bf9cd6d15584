package org.cxloop.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.cxloop.survey.response.NewResponse;
import org.cxloop.survey.response.ResponseSource;
import org.cxloop.survey.response.ResponseView;
import org.cxloop.survey.response.Responses;
import org.cxloop.survey.response.SurveyType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

@RestController
@RequestMapping("/api/v1/responses")
@Tag(name = "Responses", description = "Survey answers collected elsewhere: web widget, app, contact centre.")
class ResponseApi {

    private final Responses responses;

    ResponseApi(Responses responses) {
        this.responses = responses;
    }

    @PostMapping
    @Operation(summary = "Record an answer", description = """
            201 with the stored answer. Send an Idempotency-Key header (or an idempotencyKey field): repeating the call
            with the same key returns the first answer with 200 and stores nothing; the same key with a different
            answer is refused with 409. respondedAt is an ISO date-time with offset (2026-11-23T09:30:00+01:00) or a
            date (2026-11-23, read as midnight UTC). variant (optional) names the experiment variant the customer saw;
            left out, an experiment with a random split at that touchpoint assigns one from its seed.""")
    ResponseEntity<ResponseView> record(@RequestBody IncomingResponse body,
            @Parameter(description = "Client-chosen key that makes retries safe")
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
        var key = idempotencyKey != null && !idempotencyKey.isBlank() ? idempotencyKey : body.idempotencyKey();
        var recorded = responses.record(new NewResponse(body.customerExternalId(), body.touchpoint(), body.surveyType(),
                body.score(), body.comment(), ApiInstant.parse(body.respondedAt(), "respondedAt", "response.respondedAt.format"), key, body.variant()), ResponseSource.API);
        if (!recorded.created()) {
            return ResponseEntity.ok(recorded.response());
        }
        var location = ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").build(recorded.response().id());
        return ResponseEntity.created(location).body(recorded.response());
    }

    @GetMapping("/{id}")
    @Operation(summary = "Read an answer")
    ResponseView get(@PathVariable long id) {
        return responses.get(id);
    }

    /** The JSON an answer arrives as. */
    record IncomingResponse(String customerExternalId, String touchpoint, SurveyType surveyType, Integer score,
            String comment, String respondedAt, String idempotencyKey, String variant) {
    }
}
