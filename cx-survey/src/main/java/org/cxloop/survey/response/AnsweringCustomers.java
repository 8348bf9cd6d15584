package org.cxloop.survey.response;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What the reactions to an answer need to know about the customer who gave it (segment for follow-up rules, external
 * id for experiment variants, locale for comment analysis), read in one query however many reactions ask. The row is
 * kept for one answer only, inside the transaction that stores it: the next answer, or another transaction, reads it
 * again, so a customer changed between two answers of one batch is seen as changed.
 */
@Component
public class AnsweringCustomers {

    /** The customer's columns the reactions to an answer read. */
    public record Facts(String externalId, String segment, String locale) {
    }

    private record Kept(long responseId, long customerId, Optional<Facts> facts) {
    }

    private final JdbcClient jdbc;

    AnsweringCustomers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The answering customer, empty if the row is gone. */
    public Optional<Facts> of(ResponseRecorded answer) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return read(answer.customerId());
        }
        var kept = (Kept) TransactionSynchronizationManager.getResource(this);
        if (kept != null && kept.responseId() == answer.responseId() && kept.customerId() == answer.customerId()) {
            return kept.facts();
        }
        var facts = read(answer.customerId());
        keep(kept, new Kept(answer.responseId(), answer.customerId(), facts));
        return facts;
    }

    /**
     * Keeps the customer's facts for the reactions to an answer about to be announced, when whoever stores it read
     * them in the same transaction already (the survey page reads them with the invitation); outside a transaction
     * there is nowhere to keep them, and the reactions read them themselves.
     */
    public void answeredBy(long responseId, long customerId, Optional<Facts> facts) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            keep((Kept) TransactionSynchronizationManager.getResource(this), new Kept(responseId, customerId, facts));
        }
    }

    private void keep(Kept before, Kept kept) {
        if (before == null) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(AnsweringCustomers.this);
                }
            });
        } else {
            TransactionSynchronizationManager.unbindResource(this);
        }
        TransactionSynchronizationManager.bindResource(this, kept);
    }

    private Optional<Facts> read(long customerId) {
        return jdbc.sql("select external_id, segment, locale from customer where id = :id").param("id", customerId)
                .query((rs, n) -> new Facts(rs.getString(1), rs.getString(2), rs.getString(3))).optional();
    }
}
