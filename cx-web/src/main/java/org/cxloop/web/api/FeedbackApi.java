package org.cxloop.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.cxloop.survey.feedback.FeedbackInbox;
import org.cxloop.survey.feedback.FeedbackOrigin;
import org.cxloop.survey.feedback.FeedbackView;
import org.cxloop.survey.feedback.NewFeedback;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

@RestController
@RequestMapping("/api/v1/feedback")
@Tag(name = "Feedback", description = "Feedback from every channel: social mentions, app-store reviews, contact-centre notes.")
class FeedbackApi {

    private final FeedbackInbox inbox;

    FeedbackApi(FeedbackInbox inbox) {
        this.inbox = inbox;
    }

    @PostMapping
    @Operation(summary = "Send feedback", description = """
            201 with the stored feedback and what the comment analysis read in it (language, sentiment, topics).
            kind is SOCIAL, REVIEW, CONTACT_CENTRE or OTHER; channel one of WEB, EMAIL, PHONE, STORE, CHAT, SOCIAL, APP.
            customerExternalId and touchpoint (a code) are optional but must exist when given. rating is optional and
            needs ratingScale 5 (1-5) or 10 (0-10). occurredAt is an ISO date-time with offset or a date. Sending the
            same externalRef again returns the stored feedback with 200 and stores nothing; the same externalRef with
            different feedback is refused with 409. Negative feedback about a known customer can open a follow-up case
            by the same rules as survey answers.""")
    ResponseEntity<FeedbackView> receive(@RequestBody IncomingFeedback body) {
        var received = inbox.receive(new NewFeedback(body.kind(), body.channel(), body.customerExternalId(), body.touchpoint(),
                body.rating(), body.ratingScale(), body.text(), ApiInstant.parse(body.occurredAt(), "occurredAt", "feedback.occurredAt.format"), body.author(), body.link(),
                body.externalRef()), FeedbackOrigin.API);
        if (!received.created()) {
            return ResponseEntity.ok(received.feedback());
        }
        var location = ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").build(received.feedback().id());
        return ResponseEntity.created(location).body(received.feedback());
    }

    @GetMapping("/{id}")
    @Operation(summary = "Read feedback, with its analysis")
    FeedbackView get(@PathVariable long id) {
        return inbox.get(id);
    }

    /** The JSON feedback arrives as. */
    record IncomingFeedback(String kind, String channel, String customerExternalId, String touchpoint, Integer rating,
            Integer ratingScale, String text, String occurredAt, String author, String link, String externalRef) {
    }
}
