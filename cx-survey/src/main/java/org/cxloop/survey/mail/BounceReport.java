package org.cxloop.survey.mail;

/**
 * A mail provider's report that a survey mail bounced. It names the mail by the Message-ID CX Loop gave it, or the
 * recipient's address. A permanent (hard) bounce also stops all further survey mail to the address.
 */
public record BounceReport(String messageId, String recipient, boolean permanent, String reason) {
}
