/**
 * The website survey widget's public endpoints: whether to ask a customer, and recording the answer. Called from
 * customers' web pages with a publishable, origin-restricted key; they read nothing else.
 */
package org.cxloop.web.widget;
