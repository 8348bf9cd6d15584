/** Survey definitions: one NPS, CSAT or CES question with an open comment, worded in English and Spanish. */
package org.cxloop.survey.definition;
