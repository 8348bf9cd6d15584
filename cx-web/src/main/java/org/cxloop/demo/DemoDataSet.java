package org.cxloop.demo;

import java.util.List;

/** Everything the demo loads, generated in memory and ready to be written in batches. */
record DemoDataSet(List<DemoStage> stages, List<DemoTouchpoint> touchpoints, List<DemoCustomer> customers,
        List<DemoInteraction> interactions, List<DemoResponse> responses, List<DemoFeedback> feedback) {
}
