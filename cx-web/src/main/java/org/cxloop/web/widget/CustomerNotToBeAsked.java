package org.cxloop.web.widget;

/** The customer opted out, is unknown, or was asked within the fatigue window: the widget should not have asked. */
class CustomerNotToBeAsked extends RuntimeException {

    CustomerNotToBeAsked() {
        super("This customer is not to be asked now (opted out, unknown, or asked recently).");
    }
}
