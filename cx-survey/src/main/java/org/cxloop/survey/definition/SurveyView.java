package org.cxloop.survey.definition;

import java.time.Instant;

/** A stored survey. */
public record SurveyView(long id, SurveyDefinition definition, Instant createdAt) {
}
