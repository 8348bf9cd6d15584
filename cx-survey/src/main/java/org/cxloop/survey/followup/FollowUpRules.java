package org.cxloop.survey.followup;

import jakarta.validation.Valid;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.cxloop.core.InvalidInputException;
import org.cxloop.core.NotFoundException;
import org.cxloop.core.settings.SettingsSnapshots;
import org.cxloop.survey.response.SurveyType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The rules admins set for opening follow-up cases, tried in order (priority, then age) before the built-in detractor
 * rule; the first that matches opens the case. Admins add, edit, move up or down, and delete them.
 */
@Service
@Validated
@Transactional(readOnly = true)
public class FollowUpRules {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final SettingsSnapshots settings;

    FollowUpRules(JdbcClient jdbc, Clock clock, SettingsSnapshots settings) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.settings = settings;
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
        return settings.get("follow-up-rules", this::list).stream().filter(rule -> rule.matches(answer)).findFirst();
    }

    @Transactional
    public long create(@Valid NewFollowUpRule rule) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into follow_up_rule (name, priority, touchpoint_id, campaign_id, survey_type, min_score,
                            max_score, keywords, segment, owner_id, sla_hours, created_at)
                        values (:name, :priority, :touchpoint, :campaign, :type, :min, :max, :keywords, :segment, :owner,
                            :sla, :now)""")
                .params(columns(rule))
                .param("now", Timestamp.from(clock.instant()))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /** The admin's rule with that id (not the built-in one). */
    public FollowUpRule get(long id) {
        return jdbc.sql("""
                        select r.*, t.name as touchpoint_name, k.name as campaign_name, u.display_name as owner_name
                        from follow_up_rule r
                        left join touchpoint t on t.id = r.touchpoint_id
                        left join campaign k on k.id = r.campaign_id
                        left join app_user u on u.id = r.owner_id
                        where r.id = :id""")
                .param("id", id).query(FollowUpRules::map).optional()
                .orElseThrow(() -> new NotFoundException("No follow-up rule has the id " + id + "."));
    }

    /** Changes a rule; cases it opened before keep the name and SLA they were opened with. */
    @Transactional
    public void update(long id, @Valid NewFollowUpRule rule) {
        get(id);
        jdbc.sql("""
                        update follow_up_rule set name = :name, priority = :priority, touchpoint_id = :touchpoint,
                            campaign_id = :campaign, survey_type = :type, min_score = :min, max_score = :max,
                            keywords = :keywords, segment = :segment, owner_id = :owner, sla_hours = :sla
                        where id = :id""")
                .params(columns(rule)).param("id", id).update();
    }

    /**
     * Moves a rule one place up (tried earlier) or down in the order, and numbers all rules' priorities 10, 20, 30…
     * in the resulting order, so that the order shown is exactly the order tried and no two rules tie.
     */
    @Transactional
    public void move(long id, boolean up) {
        var order = new ArrayList<>(list().stream().filter(r -> !r.builtIn()).map(FollowUpRule::id).toList());
        var index = order.indexOf(id);
        if (index < 0) {
            throw new NotFoundException("No follow-up rule has the id " + id + ".");
        }
        var other = up ? index - 1 : index + 1;
        if (other >= 0 && other < order.size()) {
            Collections.swap(order, index, other);
        }
        var step = order.size() * 10 <= 10_000 ? 10 : 1;
        for (var i = 0; i < order.size(); i++) {
            jdbc.sql("update follow_up_rule set priority = :priority where id = :id")
                    .param("priority", Math.min(10_000, (i + 1) * step)).param("id", order.get(i)).update();
        }
    }

    private Map<String, Object> columns(NewFollowUpRule rule) {
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
        var columns = new HashMap<String, Object>();
        columns.put("name", rule.name().strip());
        columns.put("priority", rule.priority());
        columns.put("touchpoint", touchpointId);
        columns.put("campaign", rule.campaignId());
        columns.put("type", rule.surveyType() == null ? null : rule.surveyType().name());
        columns.put("min", rule.minScore());
        columns.put("max", rule.maxScore());
        columns.put("keywords", keywords == null || keywords.isEmpty() ? null : keywords);
        columns.put("segment", rule.segment() == null || rule.segment().isBlank() ? null : rule.segment().strip());
        columns.put("owner", rule.ownerId());
        columns.put("sla", rule.slaHours());
        return columns;
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
