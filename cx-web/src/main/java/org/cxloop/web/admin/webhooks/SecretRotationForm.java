package org.cxloop.web.admin.webhooks;

/** A new signing secret as typed; blank means "generate one". */
record SecretRotationForm(String secret) {

    static SecretRotationForm empty() {
        return new SecretRotationForm("");
    }
}
