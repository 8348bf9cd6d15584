package org.cxloop.survey.response;

/** The stored answer, and whether this call stored it (false: an earlier call with the same key did). */
public record Recorded(ResponseView response, boolean created) {
}
