/** Admin screen for webhooks: register endpoints (the secret is shown once), read the delivery log, send again. */
package org.cxloop.web.admin.webhooks;
