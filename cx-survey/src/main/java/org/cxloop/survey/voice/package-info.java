/**
 * The voice of the customer: what comments say, analysed locally as they arrive (language, sentiment, topics from
 * admins' keyword lists), and the corrections people make to that analysis.
 */
package org.cxloop.survey.voice;
