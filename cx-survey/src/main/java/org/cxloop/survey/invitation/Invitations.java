package org.cxloop.survey.invitation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.cxloop.core.InvalidInputException;
import org.cxloop.core.settings.SettingsSnapshots;
import org.cxloop.survey.definition.SurveyDefinition;
import org.cxloop.survey.definition.Surveys;
import org.cxloop.survey.response.AnsweringCustomers;
import org.cxloop.survey.response.ResponseRecorded;
import org.cxloop.survey.response.ResponseSource;
import org.cxloop.survey.response.SurveyType;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a customer does with an emailed link: open the survey, answer it once, or unsubscribe. The one-answer rule
 * holds under double clicks and parallel submits: a conditional status update lets exactly one request through,
 * and a unique constraint on the response's invitation backs it up.
 */
@Service
@Transactional(readOnly = true)
public class Invitations {

    static final int MAX_COMMENT_LENGTH = 2000;

    private final JdbcClient jdbc;
    private final InvitationTokens tokens;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Surveys surveys;
    private final AnsweringCustomers customers;
    private final SettingsSnapshots settings;

    Invitations(JdbcClient jdbc, InvitationTokens tokens, ApplicationEventPublisher events, Clock clock, Surveys surveys,
            AnsweringCustomers customers, SettingsSnapshots settings) {
        this.jdbc = jdbc;
        this.tokens = tokens;
        this.events = events;
        this.clock = clock;
        this.surveys = surveys;
        this.customers = customers;
        this.settings = settings;
    }

    /**
     * The invitation behind a genuine token, noting the first opening (or that the link has expired); empty for a
     * token that is not genuine. The token's signature is checked against the nonce read with the invitation.
     */
    @Transactional
    public Optional<InvitationView> open(String token) {
        return opened(token).map(Found::view);
    }

    /**
     * Opens the invitation behind a genuine token as {@link #open} does and stores the answer the survey page sent
     * back, in one transaction: the score (a missing or out-of-range one stores nothing), the comment and the extra
     * questions' answers from fields q1 to q5. An answer refused for its content stores nothing either, and the
     * opening is kept: every check runs before the first write of the answer. Empty for a token that is not genuine.
     */
    @Transactional
    public Optional<Submission> submit(String token, SurveyForm form) {
        var found = opened(token).orElse(null);
        if (found == null) {
            return Optional.empty();
        }
        var invitation = found.view();
        var score = invitation.survey().type().scoreIn(form.score());
        var extra = extraAnswers(form.fields(), invitation);
        if (invitation.answered()) {
            return Optional.of(Submission.stored(invitation, score, extra, AnswerOutcome.ALREADY_ANSWERED));
        }
        if (score == null) {
            return Optional.of(Submission.withoutScore(invitation, extra));
        }
        try {
            return Optional.of(Submission.stored(invitation, score, extra, store(found, score, form.comment(), extra)));
        } catch (InvalidInputException refused) {
            return Optional.of(Submission.refused(invitation, score, extra, refused));
        }
    }

    /** The answers to the extra questions, from form fields q1 to q5, keyed by the question's position. */
    private static Map<Integer, String> extraAnswers(Map<String, String> fields, InvitationView invitation) {
        var extra = new HashMap<Integer, String>();
        for (var position = 1; position <= invitation.survey().questions().size(); position++) {
            var value = fields.get("q" + position);
            if (value != null) {
                extra.put(position, value);
            }
        }
        return extra;
    }

    private Optional<Found> opened(String token) {
        var found = find(token);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        var view = found.get().view();
        var now = clock.instant();
        var live = view.expiresAt().isAfter(now);
        var status = view.status();
        InvitationStatus changed = null;
        if (live && (status == InvitationStatus.QUEUED || status == InvitationStatus.SENT)) {
            changed = jdbc.sql("""
                            update invitation set status = 'OPENED', opened_at = :now
                            where id = :id and status in ('QUEUED', 'SENT') and expires_at > :now""")
                    .param("id", view.id()).param("now", Timestamp.from(now)).update() == 1 ? InvitationStatus.OPENED : status;
        } else if (!live && (status == InvitationStatus.QUEUED || status == InvitationStatus.SENT
                || status == InvitationStatus.OPENED)) {
            changed = jdbc.sql("""
                            update invitation set status = 'EXPIRED'
                            where id = :id and status in ('QUEUED', 'SENT', 'OPENED') and expires_at <= :now""")
                    .param("id", view.id()).param("now", Timestamp.from(now)).update() == 1 ? InvitationStatus.EXPIRED : status;
        }
        if (changed == status) {
            // Another request changed it in between (an answer, a second opening): read what it is now.
            return find(token);
        }
        return Optional.of(changed == null ? found.get() : found.get().withView(view.withStatus(changed)));
    }

    /** Stores the answer (with no extra answers) if it is the invitation's first and the link is still valid. */
    @Transactional
    public AnswerOutcome answer(String token, int score, String comment) {
        return answer(token, score, comment, Map.of());
    }

    /**
     * Stores the answer and the answers to the survey's extra questions (by position, 1 first: the chosen option's
     * index for a single choice, the text for free text) if it is the invitation's first and the link is still valid.
     * A missing required answer or an unknown option is refused before anything is stored.
     */
    @Transactional
    public AnswerOutcome answer(String token, int score, String comment, Map<Integer, String> extra) {
        var found = find(token).orElse(null);
        return found == null ? AnswerOutcome.INVALID : store(found, score, comment, extra);
    }

    private AnswerOutcome store(Found found, int score, String comment, Map<Integer, String> extra) {
        var invitation = found.view();
        var id = invitation.id();
        var type = invitation.survey().type();
        if (!type.accepts(score)) {
            throw new InvalidInputException("score", "response.score.range",
                    "The score for " + type + " is from " + type.min() + " to " + type.max() + ".");
        }
        var cleanComment = comment == null || comment.isBlank() ? null : comment.strip();
        if (cleanComment != null && cleanComment.length() > MAX_COMMENT_LENGTH) {
            throw new InvalidInputException("comment", "response.comment.size",
                    "The comment can have at most " + MAX_COMMENT_LENGTH + " characters.");
        }
        var extraAnswers = ExtraAnswers.check(invitation.survey().questions(), extra);
        var now = Timestamp.from(clock.instant());
        var claimed = jdbc.sql("""
                        update invitation set status = 'ANSWERED', answered_at = :now, next_reminder_at = null
                        where id = :id and status in ('QUEUED', 'SENT', 'OPENED') and expires_at > :now""")
                .param("id", id).param("now", now).update();
        if (claimed == 0) {
            return invitation.answered() || statusOf(id) == InvitationStatus.ANSWERED
                    ? AnswerOutcome.ALREADY_ANSWERED : AnswerOutcome.EXPIRED;
        }
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into survey_response (customer_id, touchpoint_id, survey_type, score, comment, responded_at,
                            source, created_at, invitation_id)
                        values (:customer, :touchpoint, :type, :score, :comment, :now, 'EMAIL', :now, :id)""")
                .param("customer", found.customerId()).param("touchpoint", found.touchpointId())
                .param("type", type.name()).param("score", score).param("comment", cleanComment)
                .param("now", now).param("id", id)
                .update(keys, "id");
        var responseId = keys.getKey().longValue();
        extraAnswers.forEach((position, answer) -> jdbc.sql("""
                        insert into survey_answer (response_id, question_id, choice, text)
                        select :response, q.id, :choice, :text from survey_question q
                        where q.survey_id = :survey and q.position = :position""")
                .param("response", responseId).param("choice", answer.choice()).param("text", answer.text())
                .param("survey", invitation.surveyId()).param("position", position)
                .update());
        customers.answeredBy(responseId, found.customerId(), found.customer());
        settings.versionRead(found.settingsVersion());
        events.publishEvent(new ResponseRecorded(responseId, found.customerId(), found.touchpointId(), found.campaignId(),
                type, score, cleanComment, now.toInstant(), ResponseSource.EMAIL));
        // A reminder queued after the invitation was read is not sent either: the sender skips answered invitations.
        if (found.mailPending()) {
            jdbc.sql("update mail_outbox set status = 'CANCELLED' where invitation_id = :id and status = 'PENDING'")
                    .param("id", id).update();
        }
        return AnswerOutcome.RECORDED;
    }

    /** Opts the link's customer out of all surveys (RFC 8058 one-click or the link in the mail). */
    @Transactional
    public boolean unsubscribe(String token) {
        var id = tokens.verify(token);
        if (id.isEmpty()) {
            return false;
        }
        jdbc.sql("update customer set survey_opt_out = true, updated_at = :now where id = (select customer_id from invitation where id = :id)")
                .param("now", Timestamp.from(clock.instant())).param("id", id.getAsLong()).update();
        jdbc.sql("update invitation set next_reminder_at = null where id = :id").param("id", id.getAsLong()).update();
        jdbc.sql("update mail_outbox set status = 'CANCELLED' where invitation_id = :id and status = 'PENDING'")
                .param("id", id.getAsLong()).update();
        return true;
    }

    private InvitationStatus statusOf(long id) {
        return InvitationStatus.valueOf(jdbc.sql("select status from invitation where id = :id").param("id", id)
                .query(String.class).single());
    }

    /**
     * The invitation a genuine token names, with what an answer needs to be stored and its reactions need to know, in
     * one query (plus the survey's extra questions, when it has any): the answering customer, whether a mail to the
     * link is still queued (a reminder to cancel), and the version of the settings the reactions keep. Empty when the
     * token is malformed, names no invitation or is not signed for it.
     */
    private Optional<Found> find(String token) {
        var id = tokens.idIn(token);
        if (id.isEmpty()) {
            return Optional.empty();
        }
        return jdbc.sql("""
                        select i.id, i.status, i.locale, i.expires_at, i.token_nonce, i.customer_id, i.campaign_id,
                            k.follow_up, k.touchpoint_id, t.name as touchpoint_name, k.survey_id,
                            s.name, s.survey_type, s.question_en, s.question_es, s.comment_prompt_en, s.comment_prompt_es,
                            r.score as answered_score, c.external_id, c.segment, c.locale as customer_locale,
                            case when exists (select 1 from survey_question q where q.survey_id = s.id) then 1 else 0 end
                                as has_questions,
                            case when exists (select 1 from mail_outbox o where o.invitation_id = i.id and o.status = 'PENDING')
                                then 1 else 0 end as mail_pending,
                            (select v.version from settings_version v where v.name = 'answer') as settings_version
                        from invitation i
                        join campaign k on k.id = i.campaign_id
                        join survey s on s.id = k.survey_id
                        join touchpoint t on t.id = k.touchpoint_id
                        left join customer c on c.id = i.customer_id
                        left join survey_response r on r.invitation_id = i.id
                        where i.id = :id""")
                .param("id", id.getAsLong())
                .query((rs, row) -> new Found(map(rs, row), rs.getString("token_nonce"), rs.getLong("customer_id"),
                        rs.getLong("touchpoint_id"), rs.getLong("campaign_id"), rs.getInt("has_questions") == 1,
                        customerFacts(rs), rs.getInt("mail_pending") == 1, rs.getLong("settings_version")))
                .optional()
                .filter(found -> tokens.signs(token, found.view().id(), found.nonce()))
                // Most surveys ask no extra question: their (empty) list is known without a second query.
                .map(found -> found.hasQuestions() ? found.withView(found.view().withSurvey(
                        found.view().survey().withQuestions(surveys.questions(found.view().surveyId())))) : found);
    }

    /**
     * An invitation as {@link #find} reads it, with the answering customer's facts, whether a mail to it is queued and
     * the settings' version (read here to save an answer a query of its own for each).
     */
    private record Found(InvitationView view, String nonce, long customerId, long touchpointId, long campaignId,
            boolean hasQuestions, Optional<AnsweringCustomers.Facts> customer, boolean mailPending,
            long settingsVersion) {

        Found withView(InvitationView replaced) {
            return new Found(replaced, nonce, customerId, touchpointId, campaignId, hasQuestions, customer, mailPending,
                    settingsVersion);
        }
    }

    /** The customer's facts from a row of {@link #find}; empty when the customer row is gone. */
    private static Optional<AnsweringCustomers.Facts> customerFacts(ResultSet rs) throws SQLException {
        var locale = rs.getString("customer_locale");
        return locale == null ? Optional.empty()
                : Optional.of(new AnsweringCustomers.Facts(rs.getString("external_id"), rs.getString("segment"), locale));
    }

    private static InvitationView map(ResultSet rs, int row) throws SQLException {
        var survey = new SurveyDefinition(rs.getString("name"), SurveyType.valueOf(rs.getString("survey_type")),
                rs.getString("question_en"), rs.getString("question_es"),
                rs.getString("comment_prompt_en"), rs.getString("comment_prompt_es"));
        var score = rs.getInt("answered_score");
        var answeredScore = rs.wasNull() ? null : score;
        return new InvitationView(rs.getLong("id"), InvitationStatus.valueOf(rs.getString("status")),
                Locale.forLanguageTag(rs.getString("locale")), survey, rs.getString("touchpoint_name"),
                rs.getBoolean("follow_up"), rs.getTimestamp("expires_at").toInstant(), answeredScore,
                rs.getLong("survey_id"));
    }
}
