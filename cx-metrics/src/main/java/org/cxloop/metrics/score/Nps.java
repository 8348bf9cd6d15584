package org.cxloop.metrics.score;

/**
 * Net Promoter Score of a set of 0–10 answers: promoters answer 9 or 10, passives 7 or 8, detractors 0 to 6, and
 * NPS = 100 × (promoters − detractors) / responses, on −100..100. The margin of error is the half-width of the
 * 95 % confidence interval, 1.96 × 100 × √((p_pro + p_det − (p_pro − p_det)²) / n). Score and margin are null when
 * nobody answered.
 */
public record Nps(Double score, long promoters, long passives, long detractors, long responses, Double marginOfError) {

    public Nps {
        Counts.requireCount("promoters", promoters);
        Counts.requireCount("passives", passives);
        Counts.requireCount("detractors", detractors);
        if (promoters + passives + detractors != responses) {
            throw new IllegalArgumentException("promoters, passives and detractors must add up to the responses");
        }
    }

    /** The NPS of {@code responses} answers of which {@code promoters} scored 9–10 and {@code detractors} 0–6. */
    public static Nps of(long promoters, long detractors, long responses) {
        Counts.requirePart("promoters", promoters, "responses", responses);
        Counts.requirePart("detractors", detractors, "responses", responses - promoters);
        if (responses == 0) {
            return new Nps(null, 0, 0, 0, 0, null);
        }
        var score = 100.0 * (promoters - detractors) / responses;
        var margin = Counts.Z95 * 100 * Math.sqrt(variance(promoters, detractors, responses) / responses);
        return new Nps(score, promoters, responses - promoters - detractors, detractors, responses, margin);
    }

    /** How NPS moved since {@code before}, significant when the difference exceeds 1.96 standard errors. */
    public Change changeSince(Nps before) {
        if (responses == 0 || before.responses == 0) {
            return Change.between(before.score, score, null);
        }
        var standardError = 100 * Math.sqrt(variance(promoters, detractors, responses) / responses
                + variance(before.promoters, before.detractors, before.responses) / before.responses);
        return Change.between(before.score, score, Math.abs(score - before.score) > Counts.Z95 * standardError);
    }

    /** The variance of one answer scored +1 (promoter), 0 (passive) or −1 (detractor). */
    private static double variance(long promoters, long detractors, long responses) {
        var pPro = (double) promoters / responses;
        var pDet = (double) detractors / responses;
        return Math.max(0, pPro + pDet - (pPro - pDet) * (pPro - pDet));
    }
}
