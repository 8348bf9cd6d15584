package org.cxloop.survey.response;

import jakarta.validation.Valid;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
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
        // One round trip finds both ids; the answer is not read back afterwards (everything in it is known here).
        var ids = jdbc.sql("""
                        select (select id from customer where external_id = :customer) as customer_id,
                            (select id from touchpoint where code = :touchpoint) as touchpoint_id""")
                .param("customer", response.customerExternalId()).param("touchpoint", response.touchpoint())
                .query((rs, n) -> new Long[] {rs.getObject(1, Long.class), rs.getObject(2, Long.class)}).single();
        var customerId = ids[0];
        if (customerId == null) {
            throw new InvalidInputException("customerExternalId", "interaction.customer.unknown",
                    "No customer has the external id '" + response.customerExternalId() + "'.");
        }
        var touchpointId = ids[1];
        if (touchpointId == null) {
            throw new InvalidInputException("touchpoint", "interaction.touchpoint.unknown",
                    "No touchpoint has the code '" + response.touchpoint() + "'.");
        }
        var comment = response.comment() == null || response.comment().isBlank() ? null : response.comment().strip();
        var variant = experiments.assignerAt(touchpointId)
                .variantFor(touchpointId, response.customerExternalId(), response.respondedAt(), response.variant()).orElse(null);
        // The database keeps microseconds: the answer returned now equals the one read later.
        var respondedAt = response.respondedAt().truncatedTo(ChronoUnit.MICROS);
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
                        .param("respondedAt", Timestamp.from(respondedAt)).param("source", source.name())
                        .param("now", Timestamp.from(now)).param("key", key).param("variant", variant)
                        .update(keys, "id");
                var stored = keys.getKey().longValue();
                events.publishEvent(new ResponseRecorded(stored, customerId, touchpointId, null, type, response.score(),
                        comment, respondedAt, source));
                return stored;
            });
            return new Recorded(new ResponseView(id, response.customerExternalId(), response.touchpoint(), type,
                    response.score(), comment, respondedAt, source, key, variant, List.of()), true);
        } catch (DuplicateKeyException sameKeyMeanwhile) {
            return replay(findByKey(key).orElseThrow(() -> sameKeyMeanwhile), response);
        }
    }

    public ResponseView get(long id) {
        var view = jdbc.sql(SELECT + " where r.id = :id").param("id", id).query(Responses::map).optional()
                .orElseThrow(() -> new NotFoundException("No response has the id " + id + "."));
        return new ResponseView(view.id(), view.customer(), view.touchpoint(), view.surveyType(), view.score(),
                view.comment(), view.respondedAt(), view.source(), view.idempotencyKey(), view.variant(), extraAnswers(id));
    }

    /** The answers to the survey's extra questions that came with a response, in the survey's order. */
    public List<ExtraAnswer> extraAnswers(long responseId) {
        return jdbc.sql("""
                        select q.position, q.kind, q.text_en, q.text_es, q.options_en, q.options_es, a.choice, a.text
                        from survey_answer a join survey_question q on q.id = a.question_id
                        where a.response_id = :id order by q.position""")
                .param("id", responseId)
                .query((rs, n) -> {
                    var choice = "CHOICE".equals(rs.getString("kind"));
                    var index = rs.getInt("choice");
                    return new ExtraAnswer(rs.getInt("position"), choice, rs.getString("text_en"), rs.getString("text_es"),
                            choice ? option(rs.getString("options_en"), index) : rs.getString("text"),
                            choice ? option(rs.getString("options_es"), index) : rs.getString("text"));
                })
                .list();
    }

    private static String option(String lines, int index) {
        var options = lines == null ? new String[0] : lines.split("\n");
        return index >= 0 && index < options.length ? options[index] : null;
    }

    public long count() {
        return jdbc.sql("select count(*) from survey_response").query(Long.class).single();
    }

    /** The answer stored under this idempotency key, if any. */
    public Optional<ResponseView> findByIdempotencyKey(String key) {
        return key == null || key.isBlank() ? Optional.empty() : findByKey(key.strip());
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
                rs.getString("idempotency_key"), rs.getString("variant"), List.of());
    }
}
