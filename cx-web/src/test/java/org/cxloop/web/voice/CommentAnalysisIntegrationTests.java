package org.cxloop.web.voice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.cxloop.core.InvalidInputException;
import org.cxloop.core.customer.Customers;
import org.cxloop.core.stage.JourneyStages;
import org.cxloop.core.touchpoint.Touchpoints;
import org.cxloop.survey.imports.ImportKind;
import org.cxloop.survey.imports.Imports;
import org.cxloop.survey.privacy.CustomerPrivacy;
import org.cxloop.survey.response.Responses;
import org.cxloop.survey.response.SurveyType;
import org.cxloop.survey.voice.CommentAnalyses;
import org.cxloop.survey.voice.CommentBackfill;
import org.cxloop.survey.voice.Sentiment;
import org.cxloop.survey.voice.VoiceTopics;
import org.cxloop.testsupport.PostgresIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Comments are analysed however they arrive, corrections stick, and erased comments take their analysis along. */
@PostgresIntegrationTest
class CommentAnalysisIntegrationTests {

    @Autowired JourneyStages stages;
    @Autowired Touchpoints touchpoints;
    @Autowired Customers customers;
    @Autowired Responses responses;
    @Autowired Imports imports;
    @Autowired CommentAnalyses analyses;
    @Autowired CommentBackfill backfill;
    @Autowired VoiceTopics topics;
    @Autowired CustomerPrivacy privacy;
    @Autowired JdbcClient jdbc;

    VoiceData data;

    @BeforeEach
    void data() {
        data = new VoiceData(stages, touchpoints, customers, responses);
    }

    @Test
    void analysesACommentInTheTransactionThatStoresTheAnswer() {
        var ana = data.customer("ana", "es");
        var id = data.answer(ana, SurveyType.NPS, 2, "Esperé 40 minutos y el agente fue muy borde.", "2026-03-02T10:00:00Z");

        assertThat(analysis(id)).isEqualTo("es NEGATIVE false");
        assertThat(topicsOf(id)).containsExactly("staff", "wait");
        var quiet = data.answer(ana, SurveyType.NPS, 9, null, "2026-03-02T11:00:00Z");
        assertThat(jdbc.sql("select count(*) from comment_analysis where response_id = ?").param(quiet).query(Long.class).single())
                .isZero();
    }

    @Test
    void analysesImportedCommentsWithTheirChunk() throws Exception {
        var bob = data.customer("bob", "en");
        var csv = """
                customer_external_id,touchpoint,survey_type,score,comment,responded_at
                %1$s,%2$s,NPS,10,"Delivered the next morning, brilliant",2026-01-15T10:00:00+01:00
                %1$s,%2$s,CSAT,1,Way too expensive,2026-02-01
                %1$s,%2$s,CSAT,3,,2026-02-02
                """.formatted(bob, data.touchpoint);
        var view = imports.receive(ImportKind.RESPONSES, "voice.csv", new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "tests");
        awaitFinished(view.id());

        var analysed = jdbc.sql("""
                        select r.score || ' ' || a.sentiment from survey_response r join customer c on c.id = r.customer_id
                        join comment_analysis a on a.response_id = r.id where c.external_id = ? order by r.responded_at""")
                .param(bob).query(String.class).list();
        assertThat(analysed).containsExactly("10 POSITIVE", "1 NEGATIVE");
    }

    @Test
    void theBackfillGoesOnBatchAfterBatchUntilEveryStoredCommentIsAnalysed() {
        var dee = data.customer("dee", "en");
        var first = data.answer(dee, SurveyType.CSAT, 2, "The app keeps crashing", "2026-03-04T10:00:00Z");
        // Two and a half batches' worth of answers stored without their analysis, as by direct SQL or an old version.
        jdbc.sql("""
                        insert into survey_response (customer_id, touchpoint_id, survey_type, score, comment, responded_at,
                            source, created_at)
                        select customer_id, touchpoint_id, survey_type, score, comment || ' #' || n, responded_at, source,
                            created_at
                        from survey_response, generate_series(1, :copies) n where id = :first""")
                .param("copies", CommentAnalyses.BATCH * 5 / 2).param("first", first).update();
        jdbc.sql("delete from comment_analysis where response_id >= :first").param("first", first).update();

        backfill.analyseUnanalysed();

        var unanalysed = jdbc.sql("""
                        select count(*) from survey_response r where r.id >= :first and r.comment is not null
                          and not exists (select 1 from comment_analysis a where a.response_id = r.id)""")
                .param("first", first).query(Long.class).single();
        assertThat(unanalysed).isZero();
        assertThat(jdbc.sql("select count(*) from comment_analysis where response_id >= :first").param("first", first)
                .query(Long.class).single()).isEqualTo(CommentAnalyses.BATCH * 5 / 2 + 1);
    }

    @Test
    void theBackfillAnalysesOldCommentsOnceAndCanRunAgainHarmlessly() {
        var cy = data.customer("cy", "en");
        var id = data.answer(cy, SurveyType.CSAT, 2, "The app keeps crashing", "2026-03-03T10:00:00Z");
        jdbc.sql("delete from comment_analysis where response_id = ?").param(id).update();

        backfill.analyseUnanalysed();
        assertThat(analysis(id)).isEqualTo("en NEGATIVE false");
        assertThat(topicsOf(id)).containsExactly("app");
        backfill.analyseUnanalysed();
        assertThat(jdbc.sql("select count(*) from comment_topic where response_id = ?").param(id).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aCorrectionIsKeptWithWhoAndWhenAndSurvivesANewAnalysis() {
        var di = data.customer("di", "en");
        var id = data.answer(di, SurveyType.NPS, 6, "The price is fine I guess", "2026-03-04T10:00:00Z");

        analyses.correct(id, "ana@example.com", Sentiment.NEGATIVE, List.of("price", "staff"));
        backfill.analyseAllAgain();

        assertThat(analysis(id)).isEqualTo("en NEGATIVE true");
        assertThat(topicsOf(id)).containsExactly("price", "staff");
        assertThat(jdbc.sql("select analysed_sentiment from comment_analysis where response_id = ?").param(id)
                .query(String.class).single()).isNotEqualTo("NEGATIVE");
        var history = analyses.corrections(id);
        assertThat(history).hasSize(1);
        assertThat(history.getFirst().by()).isEqualTo("ana@example.com");
        assertThat(history.getFirst().topics()).containsExactly("price", "staff");
        assertThat(history.getFirst().at()).isBefore(Instant.now().plusSeconds(1));
    }

    @Test
    void aCorrectionNamingAnUnknownTopicChangesNothing() {
        var ed = data.customer("ed", "en");
        var id = data.answer(ed, SurveyType.NPS, 10, "Friendly staff", "2026-03-05T10:00:00Z");

        assertThatThrownBy(() -> analyses.correct(id, "ana@example.com", Sentiment.NEUTRAL, List.of("staff", "nope")))
                .isInstanceOf(InvalidInputException.class);
        assertThat(analysis(id)).isEqualTo("en POSITIVE false");
        assertThat(topicsOf(id)).containsExactly("staff");
    }

    @Test
    void newKeywordsTagStoredCommentsWhenAppliedAgain() {
        var fi = data.customer("fi", "en");
        var id = data.answer(fi, SurveyType.NPS, 3, "The loyalty points vanished", "2026-03-06T10:00:00Z");
        assertThat(topicsOf(id)).isEmpty();
        var loyalty = topics.create("loyalty-" + data.run, "Loyalty", "Fidelidad");
        topics.addKeyword(loyalty, "en", "Loyalty points");

        backfill.analyseAllAgain();

        assertThat(topicsOf(id)).containsExactly("loyalty-" + data.run);
        topics.delete(loyalty);
    }

    @Test
    void erasingACustomerForgetsTheAnalysisOfTheirComments() {
        var gi = data.customer("gi", "en");
        var id = data.answer(gi, SurveyType.NPS, 0, "Rude staff", "2026-03-07T10:00:00Z");

        privacy.erase(gi);

        assertThat(jdbc.sql("select count(*) from comment_analysis where response_id = ?").param(id).query(Long.class).single())
                .isZero();
    }

    private String analysis(long id) {
        return jdbc.sql("select language || ' ' || sentiment || ' ' || (sentiment_corrected and topics_corrected) from comment_analysis where response_id = ?")
                .param(id).query(String.class).single();
    }

    private List<String> topicsOf(long id) {
        return jdbc.sql("""
                        select t.code from comment_topic ct join voice_topic t on t.id = ct.topic_id
                        where ct.response_id = ? order by t.code""").param(id).query(String.class).list();
    }

    private void awaitFinished(long id) throws InterruptedException {
        var deadline = Instant.now().plusSeconds(30);
        while (Instant.now().isBefore(deadline)) {
            if (imports.get(id).status().finished()) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("Import " + id + " did not finish in 30 s");
    }
}
