package org.cxloop.survey.followup;

/**
 * Did closing the loop change the customer's mind? For every closed case opened by an NPS answer whose customer has
 * answered NPS again since the case closed: the opening answer ("before") against that customer's next NPS answer
 * ("after"). {@code customers} counts those pairs (a customer with two such cases counts twice); both scores are
 * 100 × (promoters − detractors) / customers, null without pairs.
 */
public record ClosedLoopNps(long customers, long promotersBefore, long detractorsBefore, long promotersAfter,
        long detractorsAfter) {

    public Double before() {
        return customers == 0 ? null : 100.0 * (promotersBefore - detractorsBefore) / customers;
    }

    public Double after() {
        return customers == 0 ? null : 100.0 * (promotersAfter - detractorsAfter) / customers;
    }

    /** After − before, in NPS points; null without pairs. */
    public Double change() {
        return customers == 0 ? null : after() - before();
    }
}
