package org.cxloop.core;

/**
 * Input that breaks a domain rule, such as a churn date before the customer-since date or a stage code that does
 * not exist. Names the offending field, so the UI can show the message next to it and the API can report it, and
 * carries a message code that the UI translates (the English message is the API's text and the fallback).
 */
public class InvalidInputException extends RuntimeException {

    private final String field;
    private final String code;

    public InvalidInputException(String field, String code, String message) {
        super(message);
        this.field = field;
        this.code = code;
    }

    public String field() {
        return field;
    }

    public String code() {
        return code;
    }
}
