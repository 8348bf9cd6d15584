package org.cxloop.core.user;

/** A person the identity provider vouched for, whom CX Loop still turns away, and why. */
public class ExternalSignInRefused extends RuntimeException {

    /** Why: no email in the provider's answer, no CX Loop account (and none may be created), or a disabled one. */
    public enum Reason { NO_EMAIL, UNKNOWN, DISABLED }

    private final Reason reason;

    ExternalSignInRefused(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
