package org.cxloop.metrics.score;

/**
 * How much one touchpoint or stage pulls NPS down: its detractor share weighted by its share of all NPS answers,
 * which is its detractors over all answers × 100. That is exactly the number of NPS points its detractors take off
 * the overall score, so drivers rank by {@code impact}, largest first.
 */
public record NpsDriver(String key, long detractors, long responses, Double detractorShare, Double impact) {

    public NpsDriver {
        Counts.requirePart("detractors", detractors, "responses", responses);
    }

    /** The driver with {@code detractors} among its {@code responses}, out of {@code allResponses} in the scope. */
    public static NpsDriver of(String key, long detractors, long responses, long allResponses) {
        Counts.requirePart("detractors", detractors, "responses", responses);
        Counts.requirePart("responses", responses, "allResponses", allResponses);
        return new NpsDriver(key, detractors, responses, Counts.percent(detractors, responses),
                Counts.percent(detractors, allResponses));
    }
}
