package org.cxloop.survey.response;

import org.cxloop.core.touchpoint.TouchpointHistory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Survey responses are history: a touchpoint that has any must not disappear. */
@Component
class ResponseHistory implements TouchpointHistory {

    private final JdbcClient jdbc;

    ResponseHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public long countFor(long touchpointId) {
        return jdbc.sql("select count(*) from survey_response where touchpoint_id = ?")
                .param(touchpointId).query(Long.class).single();
    }
}
