package org.cxloop.journey.map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/** Runs an insert and returns the identity the database gave the new row, on PostgreSQL and H2 alike. */
final class Inserts {

    private Inserts() {
    }

    static long returningId(JdbcClient.StatementSpec insert) {
        var keys = new GeneratedKeyHolder();
        insert.update(keys, "id");
        return keys.getKeyAs(Long.class);
    }
}
