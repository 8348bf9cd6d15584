package org.cxloop.journey.map;

/** Where a version of a journey map stands. */
public enum VersionStatus {
    /** The map of the journey as customers live it today; exactly one per journey. */
    AS_IS,
    /** A draft of how the journey should be; any number per journey, editable, promotable. */
    TO_BE,
    /** A former as-is, kept read-only as history. */
    SUPERSEDED
}
