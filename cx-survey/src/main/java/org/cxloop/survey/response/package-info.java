/** Survey responses: the scores and comments customers gave, whichever way they reached CX Loop. */
package org.cxloop.survey.response;
