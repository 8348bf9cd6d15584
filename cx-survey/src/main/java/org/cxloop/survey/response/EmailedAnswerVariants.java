package org.cxloop.survey.response;

import org.cxloop.core.experiment.Experiments;
import org.springframework.dao.EmptyResultDataAccessException;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Gives an answer that came through an emailed survey link its experiment variant, in the transaction that stored
 * it: the link carries no variant, so a random split's seed decides (attribute experiments leave it out).
 */
@Component
class EmailedAnswerVariants {

    private final JdbcClient jdbc;
    private final Experiments experiments;
    private final AnsweringCustomers customers;

    EmailedAnswerVariants(JdbcClient jdbc, Experiments experiments, AnsweringCustomers customers) {
        this.jdbc = jdbc;
        this.experiments = experiments;
        this.customers = customers;
    }

    @EventListener
    void on(ResponseRecorded answer) {
        if (answer.source() != ResponseSource.EMAIL) {
            return;
        }
        var externalId = customers.of(answer).orElseThrow(() -> new EmptyResultDataAccessException(1)).externalId();
        experiments.assignerAt(answer.touchpointId())
                .variantFor(answer.touchpointId(), externalId, answer.respondedAt(), null)
                .ifPresent(variant -> jdbc.sql("update survey_response set variant = :variant where id = :id and variant is null")
                        .param("variant", variant).param("id", answer.responseId()).update());
    }
}
