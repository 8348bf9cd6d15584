/**
 * Admin screen for webhooks: register, edit and pause endpoints, rotate their signing secrets (a new secret is shown
 * once), read the delivery log, send again.
 */
package org.cxloop.web.admin.webhooks;
