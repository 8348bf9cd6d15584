package org.cxloop.survey.webhook;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import org.cxloop.core.InvalidInputException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Which URLs CX Loop posts to (server-side request forgery guard). Only absolute http and https URLs without user
 * info. Link-local addresses (169.254.0.0/16, where clouds serve instance credentials, and fe80::/10) and the
 * unspecified address are always refused. Loopback, private (10/8, 172.16/12, 192.168/16, fc00::/7) and multicast
 * addresses are allowed unless {@code cx.webhooks.allow-private-addresses=false}: a self-hosted installation usually
 * talks to chat and ticket tools on its own network. The check runs when an endpoint is registered and again before
 * every send, on every address the name resolves to; a name that does not resolve yet is accepted and checked at send.
 */
@Component
class WebhookAddresses {

    private final boolean allowPrivate;

    WebhookAddresses(@Value("${cx.webhooks.allow-private-addresses:true}") boolean allowPrivate) {
        this.allowPrivate = allowPrivate;
    }

    /** The URL as a URI if CX Loop may post to it; otherwise an error naming the {@code url} field. */
    URI check(String url) {
        if (url == null || url.isBlank()) {
            throw refuse("webhook.url.required", "Enter the endpoint's URL.");
        }
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            throw refuse("webhook.url.invalid", "The URL is not valid: " + e.getReason() + ".");
        }
        var scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw refuse("webhook.url.scheme", "Only http and https URLs can receive webhooks.");
        }
        if (uri.getHost() == null || uri.getRawUserInfo() != null) {
            throw refuse("webhook.url.invalid", "The URL needs a host name and no user name or password.");
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(uri.getHost());
        } catch (UnknownHostException notYet) {
            return uri;
        }
        for (var address : addresses) {
            if (address.isLinkLocalAddress() || address.isAnyLocalAddress()) {
                throw refuse("webhook.url.linkLocal", "Link-local and unspecified addresses cannot receive webhooks.");
            }
            if (!allowPrivate && (address.isLoopbackAddress() || address.isSiteLocalAddress()
                    || address.isMulticastAddress() || uniqueLocal(address))) {
                throw refuse("webhook.url.private",
                        "This installation does not send webhooks to private or loopback addresses.");
            }
        }
        return uri;
    }

    private static boolean uniqueLocal(InetAddress address) {
        return address instanceof Inet6Address && (address.getAddress()[0] & 0xfe) == 0xfc;
    }

    private static InvalidInputException refuse(String code, String message) {
        return new InvalidInputException("url", code, message);
    }
}
