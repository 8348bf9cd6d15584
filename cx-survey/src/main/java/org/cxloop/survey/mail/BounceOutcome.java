package org.cxloop.survey.mail;

/**
 * What a bounce report changed.
 *
 * @param invitationId the invitation whose mail bounced, or null when only the address was known
 * @param invitationBounced whether that invitation was marked bounced now (false: it was answered or closed already)
 * @param addressSuppressed whether the address now gets no more survey mail
 */
public record BounceOutcome(Long invitationId, boolean invitationBounced, boolean addressSuppressed) {
}
