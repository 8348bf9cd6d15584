package org.cxloop.survey.response;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Reads over the stored survey answers. */
@Service
public class Responses {

    private final JdbcClient jdbc;

    Responses(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long count() {
        return jdbc.sql("select count(*) from survey_response").query(Long.class).single();
    }
}
