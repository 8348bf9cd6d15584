/** What every page's shared layout needs from the request. */
package org.cxloop.web.layout;
