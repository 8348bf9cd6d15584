/** The public survey pages customers reach from their mail: no sign-in, mobile-first, working without JavaScript. */
package org.cxloop.web.respond;
