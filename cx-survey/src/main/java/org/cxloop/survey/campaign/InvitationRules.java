package org.cxloop.survey.campaign;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Who in an audience gets no invitation, and why, as SQL conditions over {@code customer c}. The rules are tried in
 * order, so each skipped customer is counted once, under the first reason that applies; everyone else is invited.
 * Launches and the after-interaction trigger use the same rules, applied when the decision to send is taken.
 */
final class InvitationRules {

    /** A customer some campaign invited within the fatigue window (named parameter :fatigueSince). */
    static final String RECENTLY_INVITED =
            "exists (select 1 from invitation i where i.customer_id = c.id and i.created_at >= :fatigueSince)";

    /** An address that bounced hard: no more survey mail goes to it. */
    static final String SUPPRESSED = "exists (select 1 from mail_suppression m where m.email = lower(c.email))";

    record Rule(SkipReason reason, String condition) {
    }

    private static final List<Rule> IN_ORDER = List.of(
            new Rule(SkipReason.OPTED_OUT, "c.survey_opt_out = true"),
            new Rule(SkipReason.NO_EMAIL, "(c.email is null or c.email = '')"),
            new Rule(SkipReason.BOUNCED, SUPPRESSED),
            new Rule(SkipReason.FATIGUE, RECENTLY_INVITED));

    private InvitationRules() {
    }

    /** Each skip reason with the condition that selects exactly the customers skipped for it. */
    static List<Rule> skips() {
        return IN_ORDER.stream()
                .map(rule -> new Rule(rule.reason(), noneBefore(rule) + "(" + rule.condition() + ")"))
                .toList();
    }

    /** The customers no rule skips. */
    static String invited() {
        return IN_ORDER.stream().map(rule -> "not (" + rule.condition() + ")").collect(Collectors.joining(" and "));
    }

    private static String noneBefore(Rule rule) {
        return IN_ORDER.subList(0, IN_ORDER.indexOf(rule)).stream()
                .map(earlier -> "not (" + earlier.condition() + ") and ")
                .collect(Collectors.joining());
    }
}
