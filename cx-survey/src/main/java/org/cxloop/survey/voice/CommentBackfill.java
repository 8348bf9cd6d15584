package org.cxloop.survey.voice;

import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Batch work over stored comments, one transaction per batch so it can stop anywhere and start again: analysing the
 * comments that have no analysis yet (those stored before this feature, by the demo or by direct SQL), and analysing
 * every comment again after the keyword lists changed. Both are idempotent; one run at a time.
 */
@Component
public class CommentBackfill {

    private static final Logger log = LoggerFactory.getLogger(CommentBackfill.class);

    private final CommentAnalyses analyses;
    private final FeedbackAnalyses feedback;
    private final ReentrantLock running = new ReentrantLock();

    CommentBackfill(CommentAnalyses analyses, FeedbackAnalyses feedback) {
        this.analyses = analyses;
        this.feedback = feedback;
    }

    /** Analyses every comment that has no analysis; returns in how many batches, or 0 when another run is busy. */
    public int analyseUnanalysed() {
        if (!running.tryLock()) {
            return 0;
        }
        try {
            var batches = 0;
            for (var last = analyses.analyseNextBatchAfter(0); last >= 0; last = analyses.analyseNextBatchAfter(last)) {
                batches++;
            }
            for (var last = feedback.analyseNextBatchAfter(0); last >= 0; last = feedback.analyseNextBatchAfter(last)) {
                batches++;
            }
            if (batches > 0) {
                log.info("Analysed the stored comments and feedback items that had no analysis yet ({} batches)", batches);
            }
            return batches;
        } finally {
            running.unlock();
        }
    }

    /** Analyses every comment again with today's keyword lists, keeping people's corrections; returns how many batches. */
    public int analyseAllAgain() {
        running.lock();
        try {
            var batches = 0;
            for (var last = analyses.reanalyseBatchAfter(0); last >= 0; last = analyses.reanalyseBatchAfter(last)) {
                batches++;
            }
            for (var last = feedback.reanalyseBatchAfter(0); last >= 0; last = feedback.reanalyseBatchAfter(last)) {
                batches++;
            }
            return batches;
        } finally {
            running.unlock();
        }
    }
}
