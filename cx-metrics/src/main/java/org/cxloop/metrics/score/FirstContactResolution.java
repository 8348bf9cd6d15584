package org.cxloop.metrics.score;

/** The share of interactions resolved at first contact, × 100; null when there were no interactions. */
public record FirstContactResolution(Double rate, long resolvedOnFirstContact, long interactions) {

    public FirstContactResolution {
        Counts.requirePart("resolvedOnFirstContact", resolvedOnFirstContact, "interactions", interactions);
    }

    public static FirstContactResolution of(long resolvedOnFirstContact, long interactions) {
        return new FirstContactResolution(Counts.percent(resolvedOnFirstContact, interactions),
                resolvedOnFirstContact, interactions);
    }
}
