package org.cxloop.web.security;

/** The system behind an API key, as the API sees it. */
public record ApiClient(long keyId, String name) {

    @Override
    public String toString() {
        return "api-key:" + keyId + " (" + name + ")";
    }
}
