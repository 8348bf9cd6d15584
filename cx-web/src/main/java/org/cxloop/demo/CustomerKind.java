package org.cxloop.demo;

/** Whether a demo customer is a person, a small company or a large one; it decides names and onboarding. */
enum CustomerKind {
    PERSON, SMALL_COMPANY, LARGE_COMPANY
}
