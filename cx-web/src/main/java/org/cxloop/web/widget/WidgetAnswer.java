package org.cxloop.web.widget;

/** What the widget sends: who answered, about which touchpoint, the question type, the score and an optional comment. */
record WidgetAnswer(String customer, String touchpoint, String surveyType, Integer score, String comment, String answerId) {
}
