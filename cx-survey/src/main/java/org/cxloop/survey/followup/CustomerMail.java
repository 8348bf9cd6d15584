package org.cxloop.survey.followup;

/** A queued message to a customer whose case was closed, loaded for sending in the customer's language. */
record CustomerMail(long id, int attempts, String email, String name, String locale, String touchpointName) {
}
