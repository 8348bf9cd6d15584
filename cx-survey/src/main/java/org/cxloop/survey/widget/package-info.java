/** The website survey widget's rules: whether a customer may be asked now (opt-out and fatigue). */
package org.cxloop.survey.widget;
