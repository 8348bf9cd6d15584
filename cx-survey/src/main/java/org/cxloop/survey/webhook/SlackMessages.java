package org.cxloop.survey.webhook;

import org.cxloop.survey.followup.CaseView;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Bodies in the Slack incoming-webhook format ({@code {"text": …, "blocks": […]}}), which Mattermost, Rocket.Chat
 * and others accept too. Text from customers is escaped twice over: Jackson escapes it for JSON, and {@link #escape}
 * turns {@code & < >} into entities so a comment cannot inject a link or a mention.
 */
final class SlackMessages {

    private final JsonMapper json;

    SlackMessages(JsonMapper json) {
        this.json = json;
    }

    /** A detractor alert: score, touchpoint, the comment as a quote, and a button to the case. */
    String caseOpened(CaseView c, String caseUrl) {
        var headline = (c.fromFeedback() ? "Negative feedback: " : "Detractor alert: ") + c.scoreLabel()
                + (c.touchpointName() == null ? "" : " at " + c.touchpointName());
        var message = json.createObjectNode().put("text", escape(headline));
        var blocks = message.putArray("blocks");
        var what = c.fromFeedback() ? "*Negative feedback* · *" + c.scoreLabel() + "*"
                : "*Detractor alert* · " + c.surveyType() + " *" + c.score() + "*";
        section(blocks.addObject(), what + (c.touchpointName() == null ? "" : " at *" + escape(c.touchpointName()) + "*")
                + "\nCustomer `" + escape(c.customerExternalId()) + "` · owner: "
                + escape(c.ownerName() == null ? "unassigned" : c.ownerName()) + " · due " + c.dueAt());
        if (c.comment() != null) {
            section(blocks.addObject(), "> " + escape(c.comment()).replace("\n", "\n> "));
        }
        var button = blocks.addObject().put("type", "actions").putArray("elements").addObject()
                .put("type", "button").put("url", caseUrl);
        button.putObject("text").put("type", "plain_text").put("text", "Open case #" + c.id());
        return json.writeValueAsString(message);
    }

    /** Any other event as one line of text with a link. */
    String line(String text, String url) {
        var message = json.createObjectNode().put("text", escape(text));
        section(message.putArray("blocks").addObject(), escape(text) + (url == null ? "" : " <" + url + "|Open>"));
        return json.writeValueAsString(message);
    }

    static String escape(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static void section(ObjectNode block, String markdown) {
        block.put("type", "section").putObject("text").put("type", "mrkdwn").put("text", markdown);
    }
}
