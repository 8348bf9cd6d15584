/** First start: the first admin, from the setup page or from the environment, and a bootstrap API key. */
package org.cxloop.web.setup;
