/** The admin screen for how people sign in: single sign-on status and whether the password form stays open. */
package org.cxloop.web.admin.signin;
