/** Records every successful change made through the screens or the API in the audit log, and shows the log to admins. */
package org.cxloop.web.audit;
