/**
 * Invitations: the signed, single-use, expiring link each invited customer gets, and what happens when they open
 * it, answer through it, or unsubscribe with it. Links carry the invitation id and an HMAC, never a customer id
 * or an email address.
 */
package org.cxloop.survey.invitation;
