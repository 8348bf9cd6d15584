package org.cxloop.survey.response;

/** How an answer reached CX Loop. */
public enum ResponseSource {
    EMAIL, API, IMPORT, WIDGET, DEMO
}
