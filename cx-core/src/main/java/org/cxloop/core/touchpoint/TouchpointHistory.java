package org.cxloop.core.touchpoint;

/**
 * Something that records facts against touchpoints (interactions, survey responses). Modules that own such facts
 * provide one, so the core can tell whether a touchpoint carries history without knowing those modules.
 */
public interface TouchpointHistory {

    /** How many facts this module holds for the touchpoint with this id. */
    long countFor(long touchpointId);
}
