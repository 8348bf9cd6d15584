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
        var problems = QuestionRules.check(definition.questions());
        if (!problems.isEmpty()) {
            throw new InvalidQuestionsException(problems);
        }
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
        var id = keys.getKey().longValue();
        var position = 0;
        for (var question : definition.questions()) {
            jdbc.sql("""
                            insert into survey_question (survey_id, position, kind, text_en, text_es, options_en, options_es, required)
                            values (:survey, :position, :kind, :en, :es, :optionsEn, :optionsEs, :required)""")
                    .param("survey", id).param("position", ++position).param("kind", question.kind().name())
                    .param("en", question.textEn().strip()).param("es", question.textEs().strip())
                    .param("optionsEn", question.choice() ? String.join("\n", question.optionsEn()) : null)
                    .param("optionsEs", question.choice() ? String.join("\n", question.optionsEs()) : null)
                    .param("required", question.required())
                    .update();
        }
        return get(id);
    }

    /** The survey's extra questions, in the order they are asked (position 1 first). */
    public List<ExtraQuestion> questions(long surveyId) {
        return jdbc.sql("""
                        select kind, text_en, text_es, options_en, options_es, required from survey_question
                        where survey_id = :id order by position""")
                .param("id", surveyId)
                .query((rs, n) -> new ExtraQuestion(QuestionKind.valueOf(rs.getString("kind")), rs.getString("text_en"),
                        rs.getString("text_es"), lines(rs.getString("options_en")), lines(rs.getString("options_es")),
                        rs.getBoolean("required")))
                .list();
    }

    public SurveyView get(long id) {
        return find(id).orElseThrow(() -> new NotFoundException("No survey has the id " + id + "."));
    }

    public Optional<SurveyView> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from survey where id = :id").param("id", id).query(Surveys::map).optional()
                .map(this::withQuestions);
    }

    public List<SurveyView> list() {
        return jdbc.sql("select " + COLUMNS + " from survey order by created_at desc, id desc").query(Surveys::map).list()
                .stream().map(this::withQuestions).toList();
    }

    private SurveyView withQuestions(SurveyView survey) {
        return new SurveyView(survey.id(), survey.definition().withQuestions(questions(survey.id())), survey.createdAt());
    }

    private static List<String> lines(String text) {
        return text == null || text.isEmpty() ? List.of() : List.of(text.split("\n"));
    }

    private static SurveyView map(ResultSet rs, int row) throws SQLException {
        return new SurveyView(rs.getLong("id"), new SurveyDefinition(rs.getString("name"),
                SurveyType.valueOf(rs.getString("survey_type")), rs.getString("question_en"), rs.getString("question_es"),
                rs.getString("comment_prompt_en"), rs.getString("comment_prompt_es")),
                rs.getTimestamp("created_at").toInstant());
    }
}
