package org.cxloop.core;

/** Something a person asked for by its identifier does not exist. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
