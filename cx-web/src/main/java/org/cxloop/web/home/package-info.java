/** The start page after sign-in: where the installation stands and what to do next. */
package org.cxloop.web.home;
