package org.cxloop.survey.response;

import jakarta.validation.Valid;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.cxloop.core.InvalidInputException;
import org.cxloop.core.NotFoundException;
import org.cxloop.core.experiment.Experiments;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.validation.annotation.Validated;

/**
 * Stores survey answers that arrive from outside CX Loop's own mail, and reads the stored ones. A repeated
 * idempotency key returns the first answer instead of storing a second; the key's unique constraint settles races.
 */
@Service
@Validated
public class Responses {

    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);
    private static final String SELECT = """
            select r.id, c.external_id, t.code, r.survey_type, r.score, r.comment, r.responded_at, r.source,
                r.idempotency_key, r.variant
            from survey_response r join customer c on c.id = r.customer_id join touchpoint t on t.id = r.touchpoint_id
            """;

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Experiments experiments;

    Responses(JdbcClient jdbc, TransactionTemplate transactions, ApplicationEventPublisher events, Clock clock,
            Experiments experiments) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.events = events;
        this.clock = clock;
        this.experiments = experiments;
    }

    public Recorded record(@Valid NewResponse response, ResponseSource source) {
        var key = response.idempotencyKey() == null || response.idempotencyKey().isBlank()
                ? null : response.idempotencyKey().strip();
        if (key != null) {
            var earlier = findByKey(key);
            if (earlier.isPresent()) {
                return replay(earlier.get(), response);
            }
        }
        var type = response.surveyType();
        if (!type.accepts(response.score())) {
            throw new InvalidInputException("score", "response.score.range",
                    "The score for " + type + " is from " + type.min() + " to " + type.max() + ".");
        }
        var now = clock.instant();
        if (response.respondedAt().isAfter(now.plus(CLOCK_SKEW))) {
            throw new InvalidInputException("respondedAt", "response.respondedAt.future",
                    "The answer cannot have been given in the future.");
        }
        var customerId = jdbc.sql("select id from customer where external_id = :id").param("id", response.customerExternalId())
                .query(Long.class).optional().orElseThrow(() -> new InvalidInputException("customerExternalId",
                        "interaction.customer.unknown", "No customer has the external id '" + response.customerExternalId() + "'."));
        var touchpointId = jdbc.sql("select id from touchpoint where code = :code").param("code", response.touchpoint())
                .query(Long.class).optional().orElseThrow(() -> new InvalidInputException("touchpoint",
                        "interaction.touchpoint.unknown", "No touchpoint has the code '" + response.touchpoint() + "'."));
        var comment = response.comment() == null || response.comment().isBlank() ? null : response.comment().strip();
        var variant = experiments.assignerAt(touchpointId)
                .variantFor(touchpointId, response.customerExternalId(), response.respondedAt(), response.variant()).orElse(null);
        try {
            var id = transactions.execute(status -> {
                var keys = new GeneratedKeyHolder();
                jdbc.sql("""
                                insert into survey_response (customer_id, touchpoint_id, survey_type, score, comment,
                                    responded_at, source, created_at, idempotency_key, variant)
                                values (:customer, :touchpoint, :type, :score, :comment, :respondedAt, :source, :now, :key,
                                    :variant)""")
                        .param("customer", customerId).param("touchpoint", touchpointId).param("type", type.name())
                        .param("score", response.score()).param("comment", comment)
                        .param("respondedAt", Timestamp.from(response.respondedAt())).param("source", source.name())
                        .param("now", Timestamp.from(now)).param("key", key).param("variant", variant)
                        .update(keys, "id");
                var stored = keys.getKey().longValue();
                events.publishEvent(new ResponseRecorded(stored, customerId, touchpointId, null, type, response.score(),
                        comment, response.respondedAt(), source));
                return stored;
            });
            return new Recorded(get(id), true);
        } catch (DuplicateKeyException sameKeyMeanwhile) {
            return replay(findByKey(key).orElseThrow(() -> sameKeyMeanwhile), response);
        }
    }

    public ResponseView get(long id) {
        return jdbc.sql(SELECT + " where r.id = :id").param("id", id).query(Responses::map).optional()
                .orElseThrow(() -> new NotFoundException("No response has the id " + id + "."));
    }

    public long count() {
        return jdbc.sql("select count(*) from survey_response").query(Long.class).single();
    }

    private Optional<ResponseView> findByKey(String key) {
        return jdbc.sql(SELECT + " where r.idempotency_key = :key").param("key", key).query(Responses::map).optional();
    }

    private static Recorded replay(ResponseView earlier, NewResponse again) {
        var same = earlier.customer().equals(again.customerExternalId()) && earlier.touchpoint().equals(again.touchpoint())
                && earlier.surveyType() == again.surveyType() && Objects.equals(earlier.score(), again.score());
        if (!same) {
            throw new IdempotencyKeyReusedException(
                    "The idempotency key '" + earlier.idempotencyKey() + "' was used for a different answer.");
        }
        return new Recorded(earlier, false);
    }

    private static ResponseView map(ResultSet rs, int row) throws SQLException {
        return new ResponseView(rs.getLong("id"), rs.getString("external_id"), rs.getString("code"),
                SurveyType.valueOf(rs.getString("survey_type")), rs.getInt("score"), rs.getString("comment"),
                rs.getTimestamp("responded_at").toInstant(), ResponseSource.valueOf(rs.getString("source")),
                rs.getString("idempotency_key"), rs.getString("variant"));
    }
}
