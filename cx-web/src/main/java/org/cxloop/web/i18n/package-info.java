/** Language: taken from the browser, switchable with ?lang=, remembered in a cookie. */
package org.cxloop.web.i18n;
