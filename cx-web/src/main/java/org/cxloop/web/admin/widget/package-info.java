/** The admin screen for the website survey widget: publishable keys, their allowed origins and the paste-in snippet. */
package org.cxloop.web.admin.widget;
