package org.cxloop.core.stage;

/** A read-only picture of a journey stage. */
public record StageView(long id, String code, String name, int position) {
}
