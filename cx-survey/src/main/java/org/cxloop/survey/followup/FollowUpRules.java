package org.cxloop.survey.followup;

import jakarta.validation.Valid;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.cxloop.core.InvalidInputException;
import org.cxloop.core.NotFoundException;
import org.cxloop.survey.response.SurveyType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/** The rules admins set for opening follow-up cases, tried by priority before the built-in detractor rule. */
@Service
@Validated
@Transactional(readOnly = true)
public class FollowUpRules {

    private final JdbcClient jdbc;
    private final Clock clock;

    FollowUpRules(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The admins' rules in the order they are tried, then the built-in rule. */
    public List<FollowUpRule> list() {
        var custom = jdbc.sql("""
                        select r.*, t.name as touchpoint_name, k.name as campaign_name, u.display_name as owner_name
                        from follow_up_rule r
                        left join touchpoint t on t.id = r.touchpoint_id
                        left join campaign k on k.id = r.campaign_id
                        left join app_user u on u.id = r.owner_id
                        order by r.priority, r.id""")
                .query(FollowUpRules::map).list();
        return Stream.concat(custom.stream(), Stream.of(FollowUpRule.BUILT_IN)).toList();
    }

    /** The first rule that matches the answer, if any does. */
    Optional<FollowUpRule> decide(Answer answer) {
        return list().stream().filter(rule -> rule.matches(answer)).findFirst();
    }

    @Transactional
    public long create(@Valid NewFollowUpRule rule) {
        Long touchpointId = null;
        if (rule.touchpoint() != null && !rule.touchpoint().isBlank()) {
            touchpointId = jdbc.sql("select id from touchpoint where code = :code").param("code", rule.touchpoint().strip())
                    .query(Long.class).optional().orElseThrow(() -> new InvalidInputException("touchpoint",
                            "interaction.touchpoint.unknown", "No touchpoint has the code '" + rule.touchpoint() + "'."));
        }
        if (rule.campaignId() != null && jdbc.sql("select count(*) from campaign where id = :id")
                .param("id", rule.campaignId()).query(Long.class).single() == 0) {
            throw new InvalidInputException("campaignId", "followUpRule.campaign.unknown", "No campaign has this id.");
        }
        checkScores(rule);
        if (rule.ownerId() != null && jdbc.sql("select count(*) from app_user where id = :id and enabled = true")
                .param("id", rule.ownerId()).query(Long.class).single() == 0) {
            throw new InvalidInputException("ownerId", "followUpCase.owner.unknown", "The owner must be an enabled user.");
        }
        var keywords = rule.keywords() == null ? null : String.join(",", keywords(rule.keywords()));
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into follow_up_rule (name, priority, touchpoint_id, campaign_id, survey_type, min_score,
                            max_score, keywords, segment, owner_id, sla_hours, created_at)
                        values (:name, :priority, :touchpoint, :campaign, :type, :min, :max, :keywords, :segment, :owner,
                            :sla, :now)""")
                .param("name", rule.name().strip()).param("priority", rule.priority())
                .param("touchpoint", touchpointId).param("campaign", rule.campaignId())
                .param("type", rule.surveyType() == null ? null : rule.surveyType().name())
                .param("min", rule.minScore()).param("max", rule.maxScore())
                .param("keywords", keywords == null || keywords.isEmpty() ? null : keywords)
                .param("segment", rule.segment() == null || rule.segment().isBlank() ? null : rule.segment().strip())
                .param("owner", rule.ownerId()).param("sla", rule.slaHours())
                .param("now", Timestamp.from(clock.instant()))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    @Transactional
    public void delete(long id) {
        jdbc.sql("update follow_up_case set rule_id = null where rule_id = :id").param("id", id).update();
        if (jdbc.sql("delete from follow_up_rule where id = :id").param("id", id).update() == 0) {
            throw new NotFoundException("No follow-up rule has the id " + id + ".");
        }
    }

    private static void checkScores(NewFollowUpRule rule) {
        var ranged = rule.minScore() != null || rule.maxScore() != null;
        if (!ranged) {
            return;
        }
        SurveyType type = rule.surveyType();
        if (type == null) {
            throw new InvalidInputException("surveyType", "followUpRule.surveyType.required",
                    "A score range needs a survey type, since the scales differ.");
        }
        if ((rule.minScore() != null && !type.accepts(rule.minScore())) || (rule.maxScore() != null && !type.accepts(rule.maxScore()))
                || (rule.minScore() != null && rule.maxScore() != null && rule.minScore() > rule.maxScore())) {
            throw new InvalidInputException("minScore", "followUpRule.score.range",
                    "The score range must lie within the survey type's scale, lowest first.");
        }
    }

    private static List<String> keywords(String text) {
        return text == null ? List.of() : Arrays.stream(text.split(",")).map(String::strip).filter(k -> !k.isEmpty()).toList();
    }

    private static FollowUpRule map(ResultSet rs, int row) throws SQLException {
        var type = rs.getString("survey_type");
        return new FollowUpRule(rs.getLong("id"), rs.getString("name"), rs.getInt("priority"),
                rs.getObject("touchpoint_id", Long.class), rs.getString("touchpoint_name"),
                rs.getObject("campaign_id", Long.class), rs.getString("campaign_name"),
                type == null ? null : SurveyType.valueOf(type),
                rs.getObject("min_score", Integer.class), rs.getObject("max_score", Integer.class),
                keywords(rs.getString("keywords")), rs.getString("segment"),
                rs.getObject("owner_id", Long.class), rs.getString("owner_name"), rs.getInt("sla_hours"));
    }
}
