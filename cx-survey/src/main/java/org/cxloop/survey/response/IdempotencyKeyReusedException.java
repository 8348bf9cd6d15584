package org.cxloop.survey.response;

/** A client sent an idempotency key it had used before, with a different answer. */
public class IdempotencyKeyReusedException extends RuntimeException {

    public IdempotencyKeyReusedException(String message) {
        super(message);
    }
}
