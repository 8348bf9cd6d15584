package org.cxloop.survey.voice;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SentimentAnalyserTests {

    private final SentimentAnalyser analyser = SentimentAnalyser.withBundledLexicons();

    private Sentiment en(String text) {
        return SentimentAnalyser.classify(analyser.score(text, "en"));
    }

    private Sentiment es(String text) {
        return SentimentAnalyser.classify(analyser.score(text, "es"));
    }

    @Test
    void readsPlainPraiseAndComplaintInBothLanguages() {
        assertThat(en("The staff were friendly and helpful")).isEqualTo(Sentiment.POSITIVE);
        assertThat(en("Terrible service, the agent was rude")).isEqualTo(Sentiment.NEGATIVE);
        assertThat(es("El personal fue muy amable")).isEqualTo(Sentiment.POSITIVE);
        assertThat(es("Un servicio pésimo, el agente fue grosero")).isEqualTo(Sentiment.NEGATIVE);
    }

    @Test
    void negationTurnsTheWordRound() {
        assertThat(en("The app is good")).isEqualTo(Sentiment.POSITIVE);
        assertThat(en("The app is not good")).isEqualTo(Sentiment.NEGATIVE);
        assertThat(en("It wasn't helpful at all")).isEqualTo(Sentiment.NEGATIVE);
        assertThat(es("La app es buena")).isEqualTo(Sentiment.POSITIVE);
        assertThat(es("La app no es buena")).isEqualTo(Sentiment.NEGATIVE);
        assertThat(en("Not bad")).isEqualTo(Sentiment.POSITIVE);
        assertThat(es("No está nada mal")).isEqualTo(Sentiment.POSITIVE);
    }

    @Test
    void negationStopsAtTheEndOfTheClause() {
        assertThat(es("Sin problemas, muy rápido")).isEqualTo(Sentiment.POSITIVE);
        assertThat(en("No problems, very quick")).isEqualTo(Sentiment.POSITIVE);
    }

    @Test
    void intensifiersStrengthenAndSoftenersSoften() {
        assertThat(analyser.score("very slow", "en")).isLessThan(analyser.score("slow", "en"));
        assertThat(analyser.score("a bit slow", "en")).isGreaterThan(analyser.score("slow", "en"));
        assertThat(analyser.score("muy lento", "es")).isLessThan(analyser.score("lento", "es"));
        assertThat(analyser.score("un poco lento", "es")).isGreaterThan(analyser.score("lento", "es"));
    }

    @Test
    void whatFollowsButWeighsMore() {
        assertThat(en("The staff were nice but the wait was terrible")).isEqualTo(Sentiment.NEGATIVE);
        assertThat(es("La espera fue larga pero el trato fue excelente")).isEqualTo(Sentiment.POSITIVE);
    }

    @Test
    void ignoresCaseAndAccents() {
        assertThat(analyser.score("PÉSIMO", "es")).isEqualTo(analyser.score("pesimo", "es"));
        assertThat(analyser.score("Rapidísimo", "es")).isGreaterThan(analyser.score("rápido", "es"));
        assertThat(analyser.score("lentísima", "es")).isLessThan(analyser.score("lenta", "es"));
    }

    @Test
    void aCommentWithoutSentimentWordsIsNeutral() {
        assertThat(en("I called to change my address")).isEqualTo(Sentiment.NEUTRAL);
        assertThat(es("Llamé para cambiar mi dirección")).isEqualTo(Sentiment.NEUTRAL);
    }
}
