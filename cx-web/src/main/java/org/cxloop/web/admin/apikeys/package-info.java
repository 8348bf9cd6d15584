/** Admin screens for API keys: issue (the secret is shown once), see last use, revoke. */
package org.cxloop.web.admin.apikeys;
