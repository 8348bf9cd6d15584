/**
 * Privacy: everything CX Loop holds about one customer, exported as one document, and erasure that removes the
 * personal data (name, email, external id, comments) while keeping the anonymous scores, so metrics do not change.
 * A retention setting anonymises old comments.
 */
package org.cxloop.survey.privacy;
