package org.cxloop.web.respond;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Date;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.cxloop.core.Channel;
import org.cxloop.core.stage.JourneyStages;
import org.cxloop.core.stage.StageDetails;
import org.cxloop.core.touchpoint.TouchpointDetails;
import org.cxloop.core.touchpoint.Touchpoints;
import org.cxloop.survey.campaign.Audience;
import org.cxloop.survey.campaign.CampaignDetails;
import org.cxloop.survey.campaign.Campaigns;
import org.cxloop.survey.definition.SurveyDefinition;
import org.cxloop.survey.definition.Surveys;
import org.cxloop.survey.invitation.InvitationTokens;
import org.cxloop.survey.response.SurveyType;
import org.cxloop.testsupport.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The SQL an answer through the public page costs (issue 8): opening the link and posting a score with a comment
 * sends at most {@link #MOST_STATEMENTS} statements and {@link #MOST_COMMITS} commits to the database. Counted at the
 * JDBC level on the request's thread (every listener of an answer runs there), so the figure is exact, not a timing.
 */
@PostgresIntegrationTest
class AnswerStatementCountIntegrationTests {

    static final int MOST_STATEMENTS = 7;
    static final int MOST_COMMITS = 2;

    @Autowired MockMvc mvc;
    @Autowired JourneyStages stages;
    @Autowired Touchpoints touchpoints;
    @Autowired Surveys surveys;
    @Autowired Campaigns campaigns;
    @Autowired InvitationTokens tokens;
    @Autowired JdbcClient jdbc;

    @Test
    void openingAndAnsweringALinkStaysWithinItsStatementBudget() throws Exception {
        var links = invitations(3);
        // The first answer warms what is read once and kept; the figure is the steady state of the next ones.
        answer(links.get(0));
        answer(links.get(1));
        var sent = Counting.start();
        answer(links.get(2));
        Counting.stop();
        sent.statements().forEach(sql -> System.out.println("[answer SQL] " + sql.replaceAll("\\s+", " ")));
        System.out.println("[answer SQL] " + sent.statements().size() + " statements, " + sent.commits() + " commits");
        assertThat(sent.statements()).hasSizeLessThanOrEqualTo(MOST_STATEMENTS);
        assertThat(sent.commits()).isLessThanOrEqualTo(MOST_COMMITS);
    }

    /**
     * A request that borrowed a second pool connection while holding one would, with as many such requests as the
     * pool has connections, wait for itself (the benchmark saw 503s at 16 parallel first answers when the settings
     * cache asked for the database's name that way). The first answer after a settings change loads everything kept.
     */
    @Test
    void anAnswerHoldsOnePoolConnectionAtATimeEvenWhenTheKeptSettingsReload() throws Exception {
        var links = invitations(1);
        jdbc.sql("update settings_version set version = version + 1 where name = 'answer'").update();
        var sent = Counting.start();
        answer(links.getFirst());
        Counting.stop();
        assertThat(sent.connectionsBorrowed()).isPositive();
        assertThat(sent.mostConnectionsHeld()).isEqualTo(1);
    }

    private void answer(String token) throws Exception {
        mvc.perform(get("/s/{token}", token)).andExpect(status().isOk());
        mvc.perform(post("/s/{token}", token).param("score", "3").param("comment", "The delivery was slow and late"))
                .andExpect(redirectedUrl("/s/" + token + "/thanks"));
    }

    private List<String> invitations(int count) {
        var s = UUID.randomUUID().toString().substring(0, 8);
        stages.save("sc-" + s, new StageDetails("Purchase", 3));
        touchpoints.save("sct-" + s, new TouchpointDetails("Checkout", Channel.WEB, "sc-" + s));
        var now = Timestamp.from(Instant.now());
        for (var i = 0; i < count; i++) {
            jdbc.sql("""
                            insert into customer (external_id, name, email, locale, segment, customer_since, created_at, updated_at)
                            values (:id, :name, :email, 'en', :segment, :since, :now, :now)""")
                    .param("id", "sc-" + s + "-" + i).param("name", "Count " + i).param("email", "count-" + i + "-" + s + "@example.com")
                    .param("segment", "seg-" + s).param("since", Date.valueOf(LocalDate.now().minusYears(1))).param("now", now)
                    .update();
        }
        var survey = surveys.create(SurveyDefinition.standard("Count " + s, SurveyType.CSAT));
        var campaign = campaigns.create(new CampaignDetails("Count " + s, survey.id(), "sct-" + s, Audience.SEGMENT,
                "seg-" + s, null, null, null, 0, 72, 14, false));
        assertThat(campaigns.launch(campaign.id()).invited()).isEqualTo(count);
        // A customer answers a link that was mailed: the invitation sent, nothing left in the outbox for it.
        jdbc.sql("update mail_outbox set status = 'SENT' where invitation_id in (select id from invitation where campaign_id = :c)")
                .param("c", campaign.id()).update();
        jdbc.sql("update invitation set status = 'SENT', sent_at = :now where campaign_id = :c")
                .param("c", campaign.id()).param("now", now).update();
        return jdbc.sql("select id, token_nonce from invitation where campaign_id = :c order by id")
                .param("c", campaign.id())
                .query((rs, n) -> tokens.tokenFor(rs.getLong(1), rs.getString(2))).list();
    }

    /**
     * What one thread sent while counting: the SQL of each executed statement, the commits, and the pool connections
     * it borrowed (in all, held now, and most held at once).
     */
    record Sent(List<String> statements, int[] commitCount, int[] connections) {

        int commits() {
            return commitCount[0];
        }

        int connectionsBorrowed() {
            return connections[0];
        }

        int mostConnectionsHeld() {
            return connections[2];
        }

        void borrowed() {
            connections[0]++;
            connections[1]++;
            connections[2] = Math.max(connections[2], connections[1]);
        }

        void returned() {
            connections[1]--;
        }
    }

    /** Counts, per thread, what goes through every connection of the application's data source. */
    static final class Counting {

        private static final ThreadLocal<Sent> CURRENT = new ThreadLocal<>();

        static Sent start() {
            var sent = new Sent(new ArrayList<>(), new int[1], new int[3]);
            CURRENT.set(sent);
            return sent;
        }

        static void stop() {
            CURRENT.remove();
        }

        static DataSource wrap(DataSource target) {
            return proxy(DataSource.class, target, (method, args) -> {
                var result = method.invoke(target, args);
                if (result instanceof Connection connection) {
                    var sent = CURRENT.get();
                    if (sent != null) {
                        sent.borrowed();
                    }
                    return connection(connection, sent);
                }
                return result;
            });
        }

        private static Connection connection(Connection target, Sent borrower) {
            var closed = new boolean[1];
            return proxy(Connection.class, target, (method, args) -> {
                var result = method.invoke(target, args);
                var name = method.getName();
                if (borrower != null && name.equals("close") && !closed[0]) {
                    closed[0] = true;
                    borrower.returned();
                }
                var sent = CURRENT.get();
                if (sent != null && name.equals("commit")) {
                    sent.commitCount()[0]++;
                }
                if (result instanceof Statement statement && args != null && args.length > 0 && args[0] instanceof String sql) {
                    return statement(statement, sql, method.getReturnType());
                }
                if (result instanceof Statement statement) {
                    return statement(statement, null, method.getReturnType());
                }
                return result;
            });
        }

        @SuppressWarnings("unchecked")
        private static Statement statement(Statement target, String prepared, Class<?> type) {
            return proxy((Class<Statement>) type, target, (method, args) -> {
                var sent = CURRENT.get();
                if (sent != null && method.getName().startsWith("execute")) {
                    var sql = prepared != null ? prepared : args != null && args.length > 0 ? String.valueOf(args[0]) : "?";
                    sent.statements().add(sql);
                }
                return method.invoke(target, args);
            });
        }

        private interface Call {
            Object on(java.lang.reflect.Method method, Object[] args) throws Throwable;
        }

        private static <T> T proxy(Class<T> type, T target, Call call) {
            InvocationHandler handler = (self, method, args) -> {
                try {
                    return call.on(method, args);
                } catch (InvocationTargetException e) {
                    throw e.getCause();
                }
            };
            return type.cast(Proxy.newProxyInstance(AnswerStatementCountIntegrationTests.class.getClassLoader(),
                    new Class<?>[] {type}, handler));
        }
    }

    @TestConfiguration
    static class CountingDataSource {

        @Bean
        static BeanPostProcessor countingDataSource() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    return bean instanceof DataSource dataSource ? Counting.wrap(dataSource) : bean;
                }
            };
        }
    }
}
