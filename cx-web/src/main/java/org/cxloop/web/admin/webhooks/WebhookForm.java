package org.cxloop.web.admin.webhooks;

import java.util.List;

/**
 * An endpoint as an admin types it. Events and format stay text here so that an unknown value comes back as a
 * message next to its field instead of a form that cannot be shown again.
 */
record WebhookForm(String name, String url, String secret, List<String> events, String format) {

    static WebhookForm empty() {
        return new WebhookForm("", "", "", List.of(), "JSON");
    }
}
