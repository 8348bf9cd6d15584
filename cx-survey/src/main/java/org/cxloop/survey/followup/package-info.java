/**
 * Closing the loop: rules decide which answers arriving from customers open a follow-up case, with an owner and
 * a due time; owners work cases through their statuses, every step is kept as history, and owners hear of new and
 * overdue cases by mail.
 */
package org.cxloop.survey.followup;
