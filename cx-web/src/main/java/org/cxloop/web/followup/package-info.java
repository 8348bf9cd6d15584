/**
 * Screens for closing the loop: the case queue with its KPIs and the case page where managers work cases, and the
 * admins' follow-up rules.
 */
package org.cxloop.web.followup;
