package org.cxloop.core.apikey;

/** A key just issued: the secret is shown once, here, and never stored. */
public record IssuedApiKey(ApiKeyView key, String secret) {
}
