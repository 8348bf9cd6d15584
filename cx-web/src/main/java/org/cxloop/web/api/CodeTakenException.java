package org.cxloop.web.api;

/** A create request for a code that is in use. */
class CodeTakenException extends RuntimeException {

    CodeTakenException(String message) {
        super(message);
    }
}
