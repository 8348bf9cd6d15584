package org.cxloop.survey.webhook;

import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.cxloop.core.InvalidInputException;
import org.cxloop.survey.delivery.LastError;
import org.cxloop.survey.delivery.RetryPolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Posts due deliveries. Each row is claimed with a conditional update (so two workers or nodes never post it at
 * once), then posted on its own virtual thread with connect and read timeouts and no redirects. A 2xx answer marks it
 * delivered; anything else is retried with exponential backoff until {@code cx.webhooks.max-attempts}, then marked
 * failed. Deliveries to a paused endpoint wait until it is switched on again. A worker that dies mid-post leaves a claim that expires and is tried again, so delivery is at least once:
 * receivers deduplicate by the {@code X-CxLoop-Event-Id} header.
 */
@Service
public class WebhookSender {

    private static final Logger log = LoggerFactory.getLogger(WebhookSender.class);
    private static final int BATCH = 50;

    private record Delivery(long id, String url, String secret, String previousSecret, Instant secretRotatedAt,
            String eventType, String eventId, String payload, int attempts) {
    }

    private record Outcome(Integer statusCode, String error) {
        boolean delivered() {
            return error == null;
        }
    }

    private final JdbcClient jdbc;
    private final WebhookAddresses addresses;
    private final Clock clock;
    private final SigningSecrets signingSecrets;
    private final HttpClient http;
    private final Duration readTimeout;
    private final Duration claim;
    private final RetryPolicy retries;

    WebhookSender(JdbcClient jdbc, WebhookAddresses addresses, Clock clock, SigningSecrets signingSecrets,
            @Value("${cx.webhooks.connect-timeout:PT5S}") Duration connectTimeout,
            @Value("${cx.webhooks.read-timeout:PT10S}") Duration readTimeout,
            @Value("${cx.webhooks.first-retry:PT30S}") Duration firstRetry,
            @Value("${cx.webhooks.longest-retry:PT1H}") Duration longestRetry,
            @Value("${cx.webhooks.max-attempts:10}") int maxAttempts) {
        this.jdbc = jdbc;
        this.addresses = addresses;
        this.clock = clock;
        this.signingSecrets = signingSecrets;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(connectTimeout).followRedirects(HttpClient.Redirect.NEVER)
                .build();
        this.readTimeout = readTimeout;
        this.claim = connectTimeout.plus(readTimeout).multipliedBy(3);
        this.retries = new RetryPolicy(firstRetry, longestRetry, maxAttempts);
    }

    /** Posts what is due now, in parallel; returns how many were delivered. */
    public int sendDue() {
        var now = clock.instant();
        jdbc.sql("update webhook_delivery set status = 'PENDING', claimed_until = null where status = 'SENDING' and claimed_until < :now")
                .param("now", Timestamp.from(now)).update();
        var due = jdbc.sql("""
                        select d.id from webhook_delivery d join webhook_endpoint e on e.id = d.endpoint_id
                        where d.status = 'PENDING' and d.next_attempt_at <= :now and e.active
                        order by d.next_attempt_at, d.id limit""" + " " + BATCH)
                .param("now", Timestamp.from(now)).query(Long.class).list();
        var sending = new ArrayList<Future<Boolean>>();
        try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (var id : due) {
                if (claim(id, now)) {
                    sending.add(threads.submit(() -> send(load(id))));
                }
            }
        }
        return (int) sending.stream().filter(WebhookSender::succeeded).count();
    }

    @PreDestroy
    void close() {
        http.shutdownNow();
    }

    private boolean claim(long id, Instant now) {
        return jdbc.sql("update webhook_delivery set status = 'SENDING', claimed_until = :until where id = :id and status = 'PENDING'")
                .param("until", Timestamp.from(now.plus(claim))).param("id", id).update() == 1;
    }

    private Delivery load(long id) {
        return jdbc.sql("""
                        select d.id, e.url, e.secret, e.previous_secret, e.secret_rotated_at, d.event_type, d.event_id,
                            d.payload, d.attempts
                        from webhook_delivery d join webhook_endpoint e on e.id = d.endpoint_id where d.id = :id""")
                .param("id", id)
                .query((rs, n) -> new Delivery(rs.getLong("id"), rs.getString("url"), rs.getString("secret"),
                        rs.getString("previous_secret"), rs.getTimestamp("secret_rotated_at") == null ? null
                                : rs.getTimestamp("secret_rotated_at").toInstant(),
                        rs.getString("event_type"), rs.getString("event_id"), rs.getString("payload"), rs.getInt("attempts")))
                .single();
    }

    private boolean send(Delivery delivery) {
        var outcome = post(delivery);
        var attempts = delivery.attempts() + 1;
        var now = clock.instant();
        if (outcome.delivered()) {
            record(delivery.id(), "DELIVERED", attempts, null, outcome, now);
            return true;
        }
        var next = retries.nextAttempt(attempts, now).orElse(null);
        if (next == null) {
            log.warn("Giving up on webhook delivery {} after {} attempts: {}", delivery.id(), attempts, outcome.error());
            record(delivery.id(), "FAILED", attempts, null, outcome, null);
        } else {
            log.info("Webhook delivery {} failed (attempt {}), retrying at {}: {}", delivery.id(), attempts, next, outcome.error());
            record(delivery.id(), "PENDING", attempts, next, outcome, null);
        }
        return false;
    }

    private Outcome post(Delivery delivery) {
        URI uri;
        try {
            uri = addresses.check(delivery.url());
        } catch (InvalidInputException refused) {
            return new Outcome(null, refused.getMessage());
        }
        var now = clock.instant();
        var timestamp = now.getEpochSecond();
        var secrets = signingSecrets.at(now, delivery.secret(), delivery.previousSecret(), delivery.secretRotatedAt());
        var request = HttpRequest.newBuilder(uri).timeout(readTimeout)
                .header("Content-Type", "application/json")
                .header("User-Agent", "CX-Loop-Webhooks")
                .header(WebhookSignature.EVENT_HEADER, WebhookEvent.valueOf(delivery.eventType()).wireName())
                .header(WebhookSignature.EVENT_ID_HEADER, delivery.eventId())
                .header(WebhookSignature.TIMESTAMP_HEADER, Long.toString(timestamp))
                .header(WebhookSignature.SIGNATURE_HEADER, WebhookSignature.header(secrets, timestamp, delivery.payload()))
                .POST(HttpRequest.BodyPublishers.ofString(delivery.payload()))
                .build();
        try {
            var status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            return status / 100 == 2 ? new Outcome(status, null) : new Outcome(status, "The endpoint answered HTTP " + status + ".");
        } catch (HttpTimeoutException e) {
            return new Outcome(null, "No answer within the time limit (" + e.getMessage() + ").");
        } catch (IOException e) {
            return new Outcome(null, summary(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(null, "Sending was interrupted (the application is stopping).");
        }
    }

    private void record(long id, String status, int attempts, Instant next, Outcome outcome, Instant deliveredAt) {
        jdbc.sql("""
                        update webhook_delivery set status = :status, attempts = :attempts, next_attempt_at = :next,
                            last_status_code = :code, last_error = :error, delivered_at = :delivered, claimed_until = null
                        where id = :id""")
                .param("status", status).param("attempts", attempts)
                .param("next", next == null ? null : Timestamp.from(next)).param("code", outcome.statusCode())
                .param("error", outcome.error()).param("delivered", deliveredAt == null ? null : Timestamp.from(deliveredAt))
                .param("id", id).update();
    }

    private static String summary(IOException e) {
        Throwable root = e;
        while (root.getMessage() == null && root.getCause() != null) {
            root = root.getCause();
        }
        var detail = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        var message = e instanceof ConnectException
                ? "Could not connect: " + (e.getMessage() == null ? "nothing answered at that address (" + detail + ")" : detail)
                : e.getClass().getSimpleName() + ": " + detail;
        return LastError.of(message);
    }

    private static boolean succeeded(Future<Boolean> sent) {
        try {
            return sent.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException e) {
            throw new IllegalStateException("A webhook delivery could not be recorded", e.getCause());
        }
    }
}
