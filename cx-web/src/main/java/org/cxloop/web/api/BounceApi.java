package org.cxloop.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.cxloop.survey.mail.BounceOutcome;
import org.cxloop.survey.mail.BounceReport;
import org.cxloop.survey.mail.Bounces;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/bounces")
@Tag(name = "Bounces", description = "Bounce reports from the mail provider's webhook.")
class BounceApi {

    private final Bounces bounces;

    BounceApi(Bounces bounces) {
        this.bounces = bounces;
    }

    @PostMapping
    @Operation(summary = "Report a bounced survey mail", description = """
            Name the mail by messageId (the Message-ID header CX Loop sent it with, angle brackets optional) or by
            recipient (the address; the latest survey mail to it is meant). The invitation is marked bounced and gets
            no reminders. permanent (default true, a hard bounce) also stops all further survey mail to the address.
            404 when CX Loop sent no such mail. Reporting a bounce twice is harmless.""")
    BounceOutcome report(@RequestBody IncomingBounce body) {
        return bounces.record(new BounceReport(body.messageId(), body.recipient(),
                body.permanent() == null || body.permanent(), body.reason()));
    }

    /** The JSON a bounce arrives as. */
    record IncomingBounce(String messageId, String recipient, Boolean permanent, String reason) {
    }
}
