package org.cxloop.core.experiment;

/** How customers get their variant. */
public enum Assignment {
    /** A seeded hash of the customer's external id picks the variant: the same seed always gives the same split. */
    RANDOM,
    /** The variant arrives with the data (API field or CSV column); answers without one stay out of the experiment. */
    ATTRIBUTE
}
