package org.cxloop.survey.imports;

/** A line of the file that was not stored, and why. */
public record Rejection(long line, String reason) {
}
