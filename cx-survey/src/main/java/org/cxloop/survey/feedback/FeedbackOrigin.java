package org.cxloop.survey.feedback;

/** How feedback reached CX Loop: the API, a CSV import, or the demo data. Only API feedback opens follow-up cases. */
public enum FeedbackOrigin {
    API, IMPORT, DEMO
}
