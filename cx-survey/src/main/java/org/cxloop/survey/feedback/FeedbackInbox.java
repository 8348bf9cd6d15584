package org.cxloop.survey.feedback;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.cxloop.core.Channel;
import org.cxloop.core.InvalidInputException;
import org.cxloop.core.NotFoundException;
import org.cxloop.survey.response.IdempotencyKeyReusedException;
import org.cxloop.survey.voice.FeedbackAnalyses;
import org.cxloop.survey.voice.Sentiment;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Receives feedback from outside channels, stores it once per external reference (the reference's unique constraint
 * settles races), analyses its text in the same transaction and announces API feedback so rules can open a case.
 */
@Service
public class FeedbackInbox {

    private static final String SELECT = """
            select f.*, c.external_id as customer_code, t.code as touchpoint_code, a.language, a.sentiment,
                (select string_agg(vt.code, ',' order by vt.code) from feedback_topic ft join voice_topic vt on vt.id = ft.topic_id
                 where ft.feedback_id = f.id) as topic_codes
            from external_feedback f left join customer c on c.id = f.customer_id
            left join touchpoint t on t.id = f.touchpoint_id left join feedback_analysis a on a.feedback_id = f.id
            """;

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final FeedbackAnalyses analyses;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    FeedbackInbox(JdbcClient jdbc, TransactionTemplate transactions, FeedbackAnalyses analyses,
            ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.analyses = analyses;
        this.events = events;
        this.clock = clock;
    }

    /** Stores and analyses the feedback, or returns the one stored earlier under the same external reference. */
    public Received receive(NewFeedback feedback, FeedbackOrigin origin) {
        var now = clock.instant();
        var checked = FeedbackChecks.check(feedback, now);
        if (checked.externalRef() != null) {
            var earlier = findByRef(checked.externalRef());
            if (earlier.isPresent()) {
                return replay(earlier.get(), checked);
            }
        }
        var ids = jdbc.sql("""
                        select (select id from customer where external_id = :customer) as customer_id,
                            (select locale from customer where external_id = :customer) as locale,
                            (select id from touchpoint where code = :touchpoint) as touchpoint_id""")
                .param("customer", checked.customer() == null ? "" : checked.customer())
                .param("touchpoint", checked.touchpoint() == null ? "" : checked.touchpoint())
                .query((rs, n) -> new Object[] {rs.getObject(1, Long.class), rs.getString(2), rs.getObject(3, Long.class)})
                .single();
        var customerId = (Long) ids[0];
        if (checked.customer() != null && customerId == null) {
            throw new InvalidInputException("customerExternalId", "interaction.customer.unknown",
                    "No customer has the external id '" + FeedbackChecks.shorten(checked.customer()) + "'.");
        }
        var touchpointId = (Long) ids[2];
        if (checked.touchpoint() != null && touchpointId == null) {
            throw new InvalidInputException("touchpoint", "interaction.touchpoint.unknown",
                    "No touchpoint has the code '" + FeedbackChecks.shorten(checked.touchpoint()) + "'.");
        }
        try {
            var id = transactions.execute(status -> {
                var keys = new GeneratedKeyHolder();
                jdbc.sql("""
                                insert into external_feedback (kind, channel, customer_id, touchpoint_id, rating, rating_scale,
                                    text, occurred_at, author, link, external_ref, origin, created_at)
                                values (:kind, :channel, :customer, :touchpoint, :rating, :scale, :text, :occurredAt, :author,
                                    :link, :ref, :origin, :now)""")
                        .param("kind", checked.kind().name()).param("channel", checked.channel().name())
                        .param("customer", customerId).param("touchpoint", touchpointId)
                        .param("rating", checked.rating()).param("scale", checked.ratingScale())
                        .param("text", checked.text())
                        .param("occurredAt", Timestamp.from(checked.occurredAt().truncatedTo(ChronoUnit.MICROS)))
                        .param("author", checked.author()).param("link", checked.link()).param("ref", checked.externalRef())
                        .param("origin", origin.name()).param("now", Timestamp.from(now))
                        .update(keys, "id");
                var stored = keys.getKey().longValue();
                var analysis = analyses.analyse(stored, checked.text(), (String) ids[1]);
                if (origin == FeedbackOrigin.API) {
                    events.publishEvent(new FeedbackReceived(stored, customerId, touchpointId, checked.kind(),
                            checked.rating(), checked.ratingScale(), checked.text(), analysis.sentiment()));
                }
                return stored;
            });
            return new Received(get(id), true);
        } catch (DuplicateKeyException sameRefMeanwhile) {
            return replay(findByRef(checked.externalRef()).orElseThrow(() -> sameRefMeanwhile), checked);
        }
    }

    public FeedbackView get(long id) {
        return jdbc.sql(SELECT + " where f.id = :id").param("id", id).query(FeedbackInbox::map).optional()
                .orElseThrow(() -> new NotFoundException("No feedback has the id " + id + "."));
    }

    /** A customer's feedback, newest first, at most {@code limit}. */
    public List<FeedbackView> ofCustomer(long customerId, int limit) {
        return jdbc.sql(SELECT + " where f.customer_id = :id order by f.occurred_at desc, f.id desc fetch first " + limit
                + " rows only").param("id", customerId).query(FeedbackInbox::map).list();
    }

    private Optional<FeedbackView> findByRef(String ref) {
        return jdbc.sql(SELECT + " where f.external_ref = :ref").param("ref", ref).query(FeedbackInbox::map).optional();
    }

    private static Received replay(FeedbackView earlier, FeedbackChecks.Checked again) {
        if (!earlier.text().equals(again.text()) || earlier.kind() != again.kind() || earlier.channel() != again.channel()
                || !Objects.equals(earlier.rating(), again.rating())) {
            throw new IdempotencyKeyReusedException(
                    "The externalRef '" + earlier.externalRef() + "' was used for different feedback.");
        }
        return new Received(earlier, false);
    }

    private static FeedbackView map(ResultSet rs, int row) throws SQLException {
        var sentiment = rs.getString("sentiment");
        var topics = rs.getString("topic_codes");
        return new FeedbackView(rs.getLong("id"), FeedbackKind.valueOf(rs.getString("kind")),
                Channel.valueOf(rs.getString("channel")), rs.getString("customer_code"), rs.getString("touchpoint_code"),
                rs.getObject("rating", Integer.class), rs.getObject("rating_scale", Integer.class), rs.getString("text"),
                rs.getTimestamp("occurred_at").toInstant(), rs.getString("author"), rs.getString("link"),
                rs.getString("external_ref"), FeedbackOrigin.valueOf(rs.getString("origin")), rs.getString("language"),
                sentiment == null ? null : Sentiment.valueOf(sentiment),
                topics == null || topics.isEmpty() ? List.of() : List.of(topics.split(",")));
    }
}
