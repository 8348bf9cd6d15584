package org.cxloop.survey.webhook;

import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cxloop.core.InvalidInputException;
import org.cxloop.core.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers, changes and removes webhook endpoints, rotates their signing secrets, and shows and resends their
 * deliveries.
 */
@Service
@Transactional(readOnly = true)
public class Webhooks {

    private static final int LOG_LIMIT = 200;
    private static final String DELIVERIES = """
            select d.id, d.endpoint_id, e.name, d.event_type, d.event_id, d.status, d.attempts, d.last_status_code,
                d.last_error, d.created_at, d.next_attempt_at, d.delivered_at
            from webhook_delivery d join webhook_endpoint e on e.id = d.endpoint_id""";

    private final JdbcClient jdbc;
    private final EndpointRules rules;
    private final SecureRandom random = new SecureRandom();
    private final Clock clock;
    private final SigningSecrets signingSecrets;

    Webhooks(JdbcClient jdbc, EndpointRules rules, Clock clock, SigningSecrets signingSecrets) {
        this.jdbc = jdbc;
        this.rules = rules;
        this.clock = clock;
        this.signingSecrets = signingSecrets;
    }

    /** Everything wrong with the endpoint as typed, in form order; empty when it can be registered. */
    public List<WebhookProblem> problems(NewWebhook webhook) {
        return rules.problems(webhook);
    }

    /** Everything wrong with the change as typed, in form order; empty when it can be made. */
    public List<WebhookProblem> problems(WebhookChange change) {
        return rules.problems(change);
    }

    /** What is wrong with a new secret as typed (blank means "generate one"), if anything. */
    public Optional<WebhookProblem> secretProblem(String typed) {
        return rules.secretProblem(typed);
    }

    /** Changes an endpoint's URL, events and whether it is on, checked as at registration. */
    @Transactional
    public WebhookView change(long id, WebhookChange change) {
        get(id);
        EndpointRules.throwFirst(problems(change));
        jdbc.sql("update webhook_endpoint set url = :url, active = :active where id = :id")
                .param("url", rules.checkedUrl(change.url()).toString()).param("active", change.active()).param("id", id)
                .update();
        jdbc.sql("delete from webhook_subscription where endpoint_id = :id").param("id", id).update();
        subscribe(id, change.events());
        return get(id);
    }

    /**
     * Gives an endpoint a new signing secret (the typed one, or a generated one when blank); the answer carries it,
     * and it is never shown again. The secret it replaces keeps signing too until the overlap window ends.
     */
    @Transactional
    public IssuedWebhook rotateSecret(long id, String typed) {
        get(id);
        EndpointRules.throwFirst(secretProblem(typed).stream().toList());
        var secret = typed == null || typed.isBlank() ? generateSecret() : typed.strip();
        jdbc.sql("""
                        update webhook_endpoint set previous_secret = secret, secret = :secret, secret_rotated_at = :now
                        where id = :id""")
                .param("secret", secret).param("now", Timestamp.from(clock.instant())).param("id", id).update();
        return new IssuedWebhook(get(id), secret);
    }

    /** Registers an endpoint; the answer carries the secret, which is never shown again. */
    @Transactional
    public IssuedWebhook register(NewWebhook webhook, String createdBy) {
        EndpointRules.throwFirst(problems(webhook));
        var name = webhook.name().strip();
        var url = rules.checkedUrl(webhook.url()).toString();
        var secret = webhook.secret() == null || webhook.secret().isBlank() ? generateSecret() : webhook.secret().strip();
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into webhook_endpoint (name, url, secret, format, created_by, created_at)
                        values (:name, :url, :secret, :format, :by, :now)""")
                .param("name", name).param("url", url).param("secret", secret).param("format", webhook.format().name())
                .param("by", createdBy).param("now", Timestamp.from(clock.instant()))
                .update(keys, "id");
        var id = keys.getKey().longValue();
        subscribe(id, webhook.events());
        return new IssuedWebhook(get(id), secret);
    }

    public List<WebhookView> list() {
        return jdbc.sql("select id from webhook_endpoint order by name, id").query(Long.class).list().stream()
                .map(this::get).toList();
    }

    public WebhookView get(long id) {
        var events = EnumSet.noneOf(WebhookEvent.class);
        jdbc.sql("select event_type from webhook_subscription where endpoint_id = :id").param("id", id)
                .query(String.class).list().forEach(event -> events.add(WebhookEvent.valueOf(event)));
        return jdbc.sql("""
                        select e.*,
                            (select count(*) from webhook_delivery d where d.endpoint_id = e.id
                                and d.status in ('PENDING', 'SENDING')) as pending,
                            (select count(*) from webhook_delivery d where d.endpoint_id = e.id
                                and d.status = 'FAILED') as failed
                        from webhook_endpoint e where e.id = :id""")
                .param("id", id)
                .query((rs, n) -> new WebhookView(id, rs.getString("name"), rs.getString("url"),
                        WebhookFormat.valueOf(rs.getString("format")), Set.copyOf(events), rs.getBoolean("active"),
                        rs.getString("created_by"), rs.getTimestamp("created_at").toInstant(),
                        instant(rs, "secret_rotated_at"),
                        signingSecrets.previousValidUntil(rs.getString("previous_secret"), instant(rs, "secret_rotated_at")),
                        rs.getLong("pending"), rs.getLong("failed")))
                .optional()
                .orElseThrow(() -> new NotFoundException("No webhook endpoint has the id " + id + "."));
    }

    /** Removes an endpoint with its delivery log; nothing more is sent to it. */
    @Transactional
    public void delete(long id) {
        get(id);
        jdbc.sql("delete from webhook_endpoint where id = :id").param("id", id).update();
    }

    /** The newest deliveries, of one endpoint or of all when {@code endpointId} is null. */
    public List<DeliveryView> deliveries(Long endpointId) {
        return jdbc.sql(DELIVERIES + (endpointId == null ? "" : " where d.endpoint_id = :endpoint")
                        + " order by d.id desc limit " + LOG_LIMIT)
                .params(endpointId == null ? Map.of() : Map.of("endpoint", endpointId))
                .query(Webhooks::delivery).list();
    }

    public DeliveryView delivery(long id) {
        return jdbc.sql(DELIVERIES + " where d.id = :id").param("id", id).query(Webhooks::delivery).optional()
                .orElseThrow(() -> new NotFoundException("No webhook delivery has the id " + id + "."));
    }

    /**
     * Queues a delivered or failed delivery to go again now, with a fresh count of attempts. The body and the event
     * id stay the same, so a receiver that already has it can recognise it.
     */
    @Transactional
    public void sendAgain(long id) {
        var delivery = delivery(id);
        var queued = jdbc.sql("""
                        update webhook_delivery set status = 'PENDING', attempts = 0, next_attempt_at = :now,
                            claimed_until = null
                        where id = :id and status in ('DELIVERED', 'FAILED')""")
                .param("now", Timestamp.from(clock.instant())).param("id", id).update();
        if (queued == 0) {
            throw new InvalidInputException("delivery", "webhook.delivery.inFlight",
                    "Delivery " + delivery.id() + " is still waiting to be sent.");
        }
    }

    /** Deletes delivered and failed deliveries created before the given age; returns how many. */
    @Transactional
    public int forgetDeliveriesOlderThan(Duration age) {
        return jdbc.sql("delete from webhook_delivery where status in ('DELIVERED', 'FAILED') and created_at < :before")
                .param("before", Timestamp.from(clock.instant().minus(age))).update();
    }

    private void subscribe(long id, Set<WebhookEvent> events) {
        for (var event : events) {
            jdbc.sql("insert into webhook_subscription (endpoint_id, event_type) values (:id, :event)")
                    .param("id", id).param("event", event.name()).update();
        }
    }

    private String generateSecret() {
        var bytes = new byte[32];
        random.nextBytes(bytes);
        return "whsec_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static DeliveryView delivery(ResultSet rs, int row) throws SQLException {
        return new DeliveryView(rs.getLong("id"), rs.getLong("endpoint_id"), rs.getString("name"),
                WebhookEvent.valueOf(rs.getString("event_type")), rs.getString("event_id"),
                DeliveryStatus.valueOf(rs.getString("status")), rs.getInt("attempts"),
                rs.getObject("last_status_code", Integer.class), rs.getString("last_error"),
                instant(rs, "created_at"), instant(rs, "next_attempt_at"), instant(rs, "delivered_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        var value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
