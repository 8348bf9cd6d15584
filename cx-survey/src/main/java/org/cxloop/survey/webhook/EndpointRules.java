package org.cxloop.survey.webhook;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.cxloop.core.InvalidInputException;
import org.springframework.stereotype.Component;

/** What an endpoint, a change to it, and a signing secret must look like, as problems per form field. */
@Component
class EndpointRules {

    static final int MIN_SECRET = 16;

    private final WebhookAddresses addresses;

    EndpointRules(WebhookAddresses addresses) {
        this.addresses = addresses;
    }

    /** Everything wrong with the endpoint as typed, in form order; empty when it can be registered. */
    List<WebhookProblem> problems(NewWebhook webhook) {
        var problems = new ArrayList<WebhookProblem>();
        var name = webhook.name() == null ? "" : webhook.name().strip();
        if (name.isEmpty() || name.length() > 100 || name.chars().anyMatch(Character::isISOControl)) {
            problems.add(new WebhookProblem("name", "webhook.name.size",
                    "Give the endpoint a name of at most 100 characters, without control characters."));
        }
        urlProblem(webhook.url()).ifPresent(problems::add);
        secretProblem(webhook.secret()).ifPresent(problems::add);
        eventsProblem(webhook.events()).ifPresent(problems::add);
        if (webhook.format() == null) {
            problems.add(new WebhookProblem("format", "webhook.format.required", "Choose a format."));
        }
        return problems;
    }

    /** Everything wrong with the change as typed, in form order; empty when it can be made. */
    List<WebhookProblem> problems(WebhookChange change) {
        var problems = new ArrayList<WebhookProblem>();
        urlProblem(change.url()).ifPresent(problems::add);
        eventsProblem(change.events()).ifPresent(problems::add);
        return problems;
    }

    /** What is wrong with a new secret as typed (blank means "generate one"), if anything. */
    Optional<WebhookProblem> secretProblem(String typed) {
        var secret = typed == null ? "" : typed.strip();
        if (!secret.isEmpty() && (secret.length() < MIN_SECRET || secret.length() > 200
                || secret.chars().anyMatch(Character::isISOControl))) {
            return Optional.of(new WebhookProblem("secret", "webhook.secret.size",
                    "A secret needs " + MIN_SECRET + " to 200 characters; leave it empty to have one generated."));
        }
        return Optional.empty();
    }

    private Optional<WebhookProblem> urlProblem(String url) {
        if (url != null && url.strip().length() > 2000) {
            return Optional.of(new WebhookProblem("url", "webhook.url.size", "The URL can have at most 2000 characters."));
        }
        try {
            addresses.check(url);
            return Optional.empty();
        } catch (InvalidInputException e) {
            return Optional.of(new WebhookProblem(e.field(), e.code(), e.getMessage()));
        }
    }

    private static Optional<WebhookProblem> eventsProblem(Set<WebhookEvent> events) {
        return events == null || events.isEmpty()
                ? Optional.of(new WebhookProblem("events", "webhook.events.required", "Choose at least one event."))
                : Optional.empty();
    }

    /** Throws the first problem as an {@link InvalidInputException} naming its field. */
    static void throwFirst(List<WebhookProblem> problems) {
        if (!problems.isEmpty()) {
            var first = problems.getFirst();
            throw new InvalidInputException(first.field(), first.code(), first.message());
        }
    }

    /** The URL as CX Loop will post to it, or an error naming the {@code url} field. */
    URI checkedUrl(String url) {
        return addresses.check(url);
    }
}
