package org.cxloop.core.interaction;

import org.cxloop.core.touchpoint.TouchpointHistory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Interactions are history: a touchpoint that has any must not disappear. */
@Component
class InteractionHistory implements TouchpointHistory {

    private final JdbcClient jdbc;

    InteractionHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public long countFor(long touchpointId) {
        return jdbc.sql("select count(*) from interaction where touchpoint_id = ?")
                .param(touchpointId).query(Long.class).single();
    }
}
