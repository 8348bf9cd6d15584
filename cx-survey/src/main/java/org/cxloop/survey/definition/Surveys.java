package org.cxloop.survey.definition;

import jakarta.validation.Valid;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.cxloop.core.NotFoundException;
import org.cxloop.survey.response.SurveyType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/** The survey catalogue: which question to ask, in which words. */
@Service
@Validated
@Transactional(readOnly = true)
public class Surveys {

    private static final String COLUMNS = "id, name, survey_type, question_en, question_es, comment_prompt_en, comment_prompt_es, created_at";

    private final JdbcClient jdbc;
    private final Clock clock;

    Surveys(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    public SurveyView create(@Valid SurveyDefinition definition) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into survey (name, survey_type, question_en, question_es, comment_prompt_en, comment_prompt_es, created_at)
                        values (:name, :type, :qen, :qes, :cen, :ces, :now)""")
                .param("name", definition.name().strip())
                .param("type", definition.type().name())
                .param("qen", definition.questionEn().strip())
                .param("qes", definition.questionEs().strip())
                .param("cen", definition.commentPromptEn().strip())
                .param("ces", definition.commentPromptEs().strip())
                .param("now", java.sql.Timestamp.from(clock.instant()))
                .update(keys, "id");
        return get(keys.getKey().longValue());
    }

    public SurveyView get(long id) {
        return find(id).orElseThrow(() -> new NotFoundException("No survey has the id " + id + "."));
    }

    public Optional<SurveyView> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from survey where id = :id").param("id", id).query(Surveys::map).optional();
    }

    public List<SurveyView> list() {
        return jdbc.sql("select " + COLUMNS + " from survey order by created_at desc, id desc").query(Surveys::map).list();
    }

    private static SurveyView map(ResultSet rs, int row) throws SQLException {
        return new SurveyView(rs.getLong("id"), new SurveyDefinition(rs.getString("name"),
                SurveyType.valueOf(rs.getString("survey_type")), rs.getString("question_en"), rs.getString("question_es"),
                rs.getString("comment_prompt_en"), rs.getString("comment_prompt_es")),
                rs.getTimestamp("created_at").toInstant());
    }
}
