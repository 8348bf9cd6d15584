package org.cxloop.web.admin.webhooks;

import java.util.List;
import org.cxloop.survey.webhook.WebhookView;

/** A registered endpoint's URL, events and on/off switch as an admin edits them; text for the same reason as the form. */
record WebhookEditForm(String url, List<String> events, String active) {

    static WebhookEditForm of(WebhookView endpoint) {
        return new WebhookEditForm(endpoint.url(), endpoint.events().stream().map(Enum::name).sorted().toList(),
                endpoint.active() ? "true" : null);
    }

    /** A checkbox sends its value when ticked and nothing otherwise. */
    public boolean switchedOn() {
        return active != null && (active.equalsIgnoreCase("true") || active.equalsIgnoreCase("on"));
    }
}
