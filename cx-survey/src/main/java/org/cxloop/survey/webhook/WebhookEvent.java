package org.cxloop.survey.webhook;

/** What an endpoint can hear about, with the name receivers see in the payload and the event header. */
public enum WebhookEvent {
    RESPONSE_RECORDED("response.recorded"),
    CASE_OPENED("case.opened"),
    CASE_OVERDUE("case.overdue"),
    IMPORT_FINISHED("import.finished");

    private final String wireName;

    WebhookEvent(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }
}
