/**
 * The CX dashboard screens: the overview at {@code /} and the breakdowns, sharing one set of filters kept in the URL.
 * Controllers ask {@code Metrics} for figures and hand the templates read-only view records.
 */
package org.cxloop.web.dashboard;
