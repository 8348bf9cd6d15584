package org.cxloop.survey.campaign;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Invites customers of launched after-interaction campaigns once their interaction at the touchpoint is the set
 * number of hours old. Each run takes the campaign's row lock, writes the interactions that came due into the
 * campaign_interaction ledger (so none is ever decided twice), applies the opt-out, no-email, bounce and fatigue
 * rules as they stand now, invites the first due interaction of each remaining customer and queues its mail, all in
 * one transaction. A customer's other due interactions in the same run count as fatigue: they were just invited.
 */
@Service
public class AfterInteractionTrigger {

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final Duration fatigue;

    AfterInteractionTrigger(JdbcClient jdbc, TransactionTemplate transactions, Clock clock,
            @Value("${cx.survey.fatigue-days:30}") int fatigueDays) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
        this.fatigue = Duration.ofDays(fatigueDays);
    }

    /** Decides every interaction that came due in every launched after-interaction campaign; returns how many were invited. */
    public int inviteDue() {
        var campaigns = jdbc.sql("select id from campaign where status = 'LAUNCHED' and hours_after_interaction is not null order by id")
                .query(Long.class).list();
        var invited = 0;
        for (var id : campaigns) {
            invited += transactions.execute(status -> inviteDue(id));
        }
        return invited;
    }

    /** Decides the interactions that came due in one campaign, inside the caller's transaction. */
    int inviteDue(long campaignId) {
        var campaign = jdbc.sql("""
                        select touchpoint_id, hours_after_interaction, interactions_from, interactions_to, launched_at,
                            link_validity_days, reminders, reminder_interval_hours
                        from campaign where id = :id and status = 'LAUNCHED' and hours_after_interaction is not null
                        for update""")
                .param("id", campaignId)
                .query((rs, n) -> new Trigger(rs.getLong("touchpoint_id"), rs.getInt("hours_after_interaction"),
                        rs.getDate("interactions_from") == null ? null : rs.getDate("interactions_from").toLocalDate(),
                        rs.getDate("interactions_to") == null ? null : rs.getDate("interactions_to").toLocalDate(),
                        rs.getTimestamp("launched_at").toInstant(), rs.getInt("link_validity_days"),
                        rs.getInt("reminders"), rs.getInt("reminder_interval_hours")))
                .optional();
        if (campaign.isEmpty()) {
            return 0;
        }
        var trigger = campaign.get();
        var now = clock.instant();
        var params = new HashMap<String, Object>();
        params.put("campaign", campaignId);
        params.put("now", Timestamp.from(now));
        params.put("touchpoint", trigger.touchpointId());
        params.put("periodStart", Timestamp.from(trigger.periodStart()));
        params.put("periodEnd", Timestamp.from(trigger.periodEnd()));
        params.put("dueBefore", Timestamp.from(now.minus(Duration.ofHours(trigger.hours()))));
        params.put("fatigueSince", Timestamp.from(now.minus(fatigue)));
        params.put("expiresAt", Timestamp.from(now.plus(Duration.ofDays(trigger.linkValidityDays()))));
        params.put("firstReminder", trigger.reminders() > 0
                ? Timestamp.from(now.plus(Duration.ofHours(trigger.reminderIntervalHours()))) : null);

        // Rows with no outcome yet are exactly this run's: every earlier run finished with an outcome on each of its rows.
        jdbc.sql("""
                        insert into campaign_interaction (campaign_id, interaction_id, customer_id, outcome, decided_at)
                        select :campaign, x.id, x.customer_id, null, :now from interaction x
                        where x.touchpoint_id = :touchpoint and x.occurred_at >= :periodStart and x.occurred_at < :periodEnd
                          and x.occurred_at <= :dueBefore
                          and not exists (select 1 from campaign_interaction d where d.campaign_id = :campaign and d.interaction_id = x.id)""")
                .params(params).update();
        for (var rule : InvitationRules.skips()) {
            decide(rule.reason().name(), rule.condition(), params);
        }
        var invited = jdbc.sql("""
                        insert into invitation (campaign_id, customer_id, interaction_id, token_nonce, locale, status, created_at,
                            send_after, expires_at, next_reminder_at)
                        select :campaign, c.id, d.interaction_id, cast(gen_random_uuid() as varchar(36)), c.locale, 'QUEUED', :now,
                            :now, :expiresAt, :firstReminder
                        from campaign_interaction d join customer c on c.id = d.customer_id
                        where d.campaign_id = :campaign and d.outcome is null
                          and d.interaction_id = (select min(e.interaction_id) from campaign_interaction e
                              where e.campaign_id = d.campaign_id and e.customer_id = d.customer_id and e.outcome is null)""")
                .params(params).update();
        jdbc.sql("""
                        update campaign_interaction set outcome = 'INVITED'
                        where campaign_id = :campaign and outcome is null and exists (select 1 from invitation i
                            where i.campaign_id = :campaign and i.interaction_id = campaign_interaction.interaction_id)""")
                .params(params).update();
        decide(SkipReason.FATIGUE.name(), "1 = 1", params);
        jdbc.sql("""
                        insert into mail_outbox (invitation_id, kind, status, attempts, next_attempt_at, created_at)
                        select i.id, 'INVITATION', 'PENDING', 0, :now, :now from invitation i
                        where i.campaign_id = :campaign and i.interaction_id is not null
                          and not exists (select 1 from mail_outbox o where o.invitation_id = i.id)""")
                .params(params).update();
        return invited;
    }

    /** Counts this run's undecided interactions that meet the condition as skipped for the reason, and settles them. */
    private void decide(String reason, String condition, Map<String, Object> params) {
        var undecided = " from campaign_interaction d join customer c on c.id = d.customer_id"
                + " where d.campaign_id = :campaign and d.outcome is null and " + condition;
        jdbc.sql("insert into invitation_skip (campaign_id, customer_id, reason, created_at) select :campaign, c.id, '"
                        + reason + "', :now" + undecided)
                .params(params).update();
        jdbc.sql("update campaign_interaction set outcome = '" + reason + "' where campaign_id = :campaign and outcome is null"
                        + " and interaction_id in (select d.interaction_id" + undecided + ")")
                .params(params).update();
    }

    private record Trigger(long touchpointId, int hours, LocalDate from, LocalDate to, Instant launchedAt,
            int linkValidityDays, int reminders, int reminderIntervalHours) {

        Instant periodStart() {
            return from == null ? launchedAt : from.atStartOfDay(ZoneOffset.UTC).toInstant();
        }

        Instant periodEnd() {
            return to == null ? Instant.parse("9999-12-31T00:00:00Z") : to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        }
    }
}
