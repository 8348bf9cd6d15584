package org.cxloop.survey.campaign;

import jakarta.validation.Valid;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.cxloop.core.InvalidInputException;
import org.cxloop.core.NotFoundException;
import org.cxloop.core.touchpoint.Touchpoints;
import org.cxloop.survey.definition.Surveys;
import org.cxloop.survey.response.SurveyType;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Sets up campaigns and launches them. Launching is one transaction: it records who was skipped and why (opted out,
 * no email, invited by any campaign within the fatigue window), creates one invitation per remaining customer and
 * queues one outbox mail per invitation, all in SQL, so 100 thousand customers never pass through the JVM.
 */
@Service
@Validated
@Transactional(readOnly = true)
public class Campaigns {

    private static final String SELECT = """
            select c.*, s.name as survey_name, s.survey_type, t.code as touchpoint_code, t.name as touchpoint_name
            from campaign c join survey s on s.id = c.survey_id join touchpoint t on t.id = c.touchpoint_id
            """;

    private final JdbcClient jdbc;
    private final Surveys surveys;
    private final Touchpoints touchpoints;
    private final Clock clock;
    private final Duration fatigue;
    private final AfterInteractionTrigger afterInteraction;

    Campaigns(JdbcClient jdbc, Surveys surveys, Touchpoints touchpoints, Clock clock,
            @Value("${cx.survey.fatigue-days:30}") int fatigueDays, AfterInteractionTrigger afterInteraction) {
        this.jdbc = jdbc;
        this.surveys = surveys;
        this.touchpoints = touchpoints;
        this.clock = clock;
        this.fatigue = Duration.ofDays(fatigueDays);
        this.afterInteraction = afterInteraction;
    }

    @Transactional
    public CampaignView create(@Valid CampaignDetails details) {
        var survey = surveys.find(details.surveyId()).orElseThrow(() ->
                new InvalidInputException("surveyId", "campaign.survey.unknown", "No survey has the id " + details.surveyId() + "."));
        var touchpoint = touchpoints.find(details.touchpoint()).orElseThrow(() ->
                new InvalidInputException("touchpoint", "interaction.touchpoint.unknown", "No touchpoint has the code '" + details.touchpoint() + "'."));
        checkAudience(details);
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into campaign (name, survey_id, touchpoint_id, audience, audience_segment, interactions_from,
                            interactions_to, send_at, reminders, reminder_interval_hours, link_validity_days, follow_up, status, created_at,
                            hours_after_interaction)
                        values (:name, :survey, :touchpoint, :audience, :segment, :from, :to, :sendAt, :reminders, :interval,
                            :validity, :followUp, 'DRAFT', :now, :hoursAfter)""")
                .param("name", details.name().strip())
                .param("survey", survey.id())
                .param("touchpoint", touchpoint.id())
                .param("audience", details.audience().name())
                .param("segment", details.audience() == Audience.SEGMENT ? details.segment().strip() : null)
                .param("from", details.audience() == Audience.INTERACTION ? details.interactionsFrom() : null)
                .param("to", details.audience() == Audience.INTERACTION ? details.interactionsTo() : null)
                .param("sendAt", details.sendAt() == null ? null : Timestamp.from(details.sendAt()))
                .param("reminders", details.reminders())
                .param("interval", details.reminderIntervalHours())
                .param("validity", details.linkValidityDays())
                .param("followUp", details.followUp())
                .param("now", Timestamp.from(clock.instant()))
                .param("hoursAfter", details.hoursAfterInteraction())
                .update(keys, "id");
        return get(keys.getKey().longValue());
    }

    public CampaignView get(long id) {
        return find(id).orElseThrow(() -> new NotFoundException("No campaign has the id " + id + "."));
    }

    public Optional<CampaignView> find(long id) {
        return jdbc.sql(SELECT + " where c.id = :id").param("id", id).query(Campaigns::map).optional();
    }

    public List<CampaignView> list() {
        return jdbc.sql(SELECT + " order by c.created_at desc, c.id desc").query(Campaigns::map).list();
    }

    /** The campaigns that survey one touchpoint, newest first. */
    public List<CampaignView> forTouchpoint(String touchpointCode) {
        return jdbc.sql(SELECT + " where t.code = :code order by c.created_at desc, c.id desc").param("code", touchpointCode)
                .query(Campaigns::map).list();
    }

    /** Invites the audience now (or at the campaign's send time). Returns how it went. */
    @Transactional
    public CampaignProgress launch(long id) {
        var campaign = get(id);
        var now = clock.instant();
        var launched = jdbc.sql("update campaign set status = 'LAUNCHED', launched_at = :now where id = :id and status = 'DRAFT'")
                .param("now", Timestamp.from(now)).param("id", id).update();
        if (launched == 0) {
            throw new InvalidInputException("status", "campaign.alreadyLaunched", "This campaign was launched already.");
        }
        var details = campaign.details();
        if (details.audience() == Audience.LIST && jdbc.sql("select count(*) from campaign_audience where campaign_id = :id")
                .param("id", id).query(Long.class).single() == 0) {
            throw new InvalidInputException("file", "campaign.list.empty", "Upload the list of customers to invite first.");
        }
        if (details.afterInteraction()) {
            // Nobody is invited at launch: the trigger invites each customer once their interaction is old enough.
            afterInteraction.inviteDue(id);
            return progress(id);
        }
        var sendAfter = details.sendAt() == null || details.sendAt().isBefore(now) ? now : details.sendAt();
        var audience = new AudienceQuery(details, campaign.id(), clock);
        var params = audience.params();
        params.put("campaign", id);
        params.put("now", Timestamp.from(now));
        params.put("fatigueSince", Timestamp.from(now.minus(fatigue)));
        params.put("sendAfter", Timestamp.from(sendAfter));
        params.put("expiresAt", Timestamp.from(sendAfter.plus(Duration.ofDays(details.linkValidityDays()))));
        params.put("firstReminder", details.reminders() > 0
                ? Timestamp.from(sendAfter.plus(Duration.ofHours(details.reminderIntervalHours()))) : null);

        for (var rule : InvitationRules.skips()) {
            skip(audience, rule.condition(), rule.reason(), params);
        }
        // Everyone in the audience whom the statements above did not skip. Not the rules' "not (invited recently)":
        // that reads the table this statement fills, and when it looks empty (the first campaign of an installation)
        // PostgreSQL plans a nested loop that rescans every row inserted so far for each customer, quadratic:
        // minutes for 100 000 customers instead of seconds.
        jdbc.sql("""
                        insert into invitation (campaign_id, customer_id, token_nonce, locale, status, created_at, send_after,
                            expires_at, next_reminder_at)
                        select :campaign, c.id, cast(gen_random_uuid() as varchar(36)), c.locale, 'QUEUED', :now, :sendAfter,
                            :expiresAt, :firstReminder
                        from customer c where\s""" + audience.where()
                        + " and not exists (select 1 from invitation_skip s where s.campaign_id = :campaign and s.customer_id = c.id)")
                .params(params).update();
        jdbc.sql("""
                        insert into mail_outbox (invitation_id, kind, status, attempts, next_attempt_at, created_at)
                        select id, 'INVITATION', 'PENDING', 0, send_after, :now from invitation where campaign_id = :campaign""")
                .param("now", Timestamp.from(now)).param("campaign", id).update();
        return progress(id);
    }

    public CampaignProgress progress(long id) {
        var byStatus = new TreeMap<String, Long>();
        jdbc.sql("select status, count(*) as n from invitation where campaign_id = :id group by status")
                .param("id", id)
                .query(rs -> {
                    byStatus.put(rs.getString("status"), rs.getLong("n"));
                });
        var skipped = new EnumMap<SkipReason, Long>(SkipReason.class);
        jdbc.sql("select reason, count(*) as n from invitation_skip where campaign_id = :id group by reason")
                .param("id", id)
                .query(rs -> {
                    skipped.put(SkipReason.valueOf(rs.getString("reason")), rs.getLong("n"));
                });
        return new CampaignProgress(byStatus, skipped);
    }

    private void skip(AudienceQuery audience, String condition, SkipReason reason, java.util.Map<String, Object> params) {
        jdbc.sql("insert into invitation_skip (campaign_id, customer_id, reason, created_at) select :campaign, c.id, '"
                        + reason.name() + "', :now from customer c where " + audience.where() + " and " + condition)
                .params(params).update();
    }

    private static void checkAudience(CampaignDetails details) {
        if (details.audience() == Audience.SEGMENT && (details.segment() == null || details.segment().isBlank())) {
            throw new InvalidInputException("segment", "campaign.segment.required", "Choose the segment to invite.");
        }
        if (details.afterInteraction()) {
            if (details.audience() != Audience.INTERACTION) {
                throw new InvalidInputException("hoursAfterInteraction", "campaign.hoursAfterInteraction.audience",
                        "Sending hours after the interaction needs the audience of customers with an interaction at the touchpoint.");
            }
            if (details.sendAt() != null) {
                throw new InvalidInputException("sendAt", "campaign.hoursAfterInteraction.sendAt",
                        "Choose a send time or a number of hours after the interaction, not both.");
            }
        }
        if (details.audience() == Audience.INTERACTION && details.afterInteraction()) {
            if (details.interactionsFrom() != null && details.interactionsTo() != null
                    && details.interactionsFrom().isAfter(details.interactionsTo())) {
                throw new InvalidInputException("interactionsTo", "campaign.period.order",
                        "The end of the period cannot be before its start.");
            }
        } else if (details.audience() == Audience.INTERACTION) {
            if (details.interactionsFrom() == null || details.interactionsTo() == null) {
                throw new InvalidInputException("interactionsFrom", "campaign.period.required",
                        "Give the period of the interactions whose customers are invited.");
            }
            if (details.interactionsFrom().isAfter(details.interactionsTo())) {
                throw new InvalidInputException("interactionsTo", "campaign.period.order",
                        "The end of the period cannot be before its start.");
            }
        }
    }

    private static CampaignView map(ResultSet rs, int row) throws SQLException {
        var sendAt = rs.getTimestamp("send_at");
        var launchedAt = rs.getTimestamp("launched_at");
        var from = rs.getDate("interactions_from");
        var to = rs.getDate("interactions_to");
        var details = new CampaignDetails(rs.getString("name"), rs.getLong("survey_id"), rs.getString("touchpoint_code"),
                Audience.valueOf(rs.getString("audience")), rs.getString("audience_segment"),
                from == null ? null : from.toLocalDate(), to == null ? null : to.toLocalDate(),
                sendAt == null ? null : sendAt.toInstant(), rs.getInt("reminders"), rs.getInt("reminder_interval_hours"),
                rs.getInt("link_validity_days"), rs.getBoolean("follow_up"),
                (Integer) rs.getObject("hours_after_interaction", Integer.class));
        return new CampaignView(rs.getLong("id"), details, rs.getString("survey_name"),
                SurveyType.valueOf(rs.getString("survey_type")), rs.getString("touchpoint_name"),
                CampaignStatus.valueOf(rs.getString("status")), rs.getTimestamp("created_at").toInstant(),
                launchedAt == null ? null : launchedAt.toInstant());
    }
}
