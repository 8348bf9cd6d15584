package org.cxloop.survey.webhook;

/** Where a delivery stands: waiting (first try or a retry), being sent, delivered, or given up on. */
public enum DeliveryStatus {
    PENDING, SENDING, DELIVERED, FAILED
}
