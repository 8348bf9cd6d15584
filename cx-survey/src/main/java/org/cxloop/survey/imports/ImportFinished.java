package org.cxloop.survey.imports;

/** An import stopped, done or failed; published in the transaction that records its final state. */
public record ImportFinished(long importId, ImportKind kind, ImportStatus status) {
}
