/**
 * Feedback from every channel: social mentions, app-store reviews, contact-centre notes sent through the API or a CSV
 * import, stored once per external reference and read by the same comment analysis as survey comments.
 */
package org.cxloop.survey.feedback;
