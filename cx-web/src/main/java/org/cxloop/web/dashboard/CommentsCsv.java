package org.cxloop.web.dashboard;

import java.io.IOException;
import java.io.Writer;
import java.util.function.IntFunction;
import java.util.Locale;
import org.cxloop.metrics.CommentPage;
import org.cxloop.web.csv.CsvDownload;

/**
 * Comments (survey answers' and feedback's, told apart by the source column) as RFC 4180 CSV, newest first, page
 * after page up to a limit. Written by {@link CsvDownload}, so a comment that starts like a formula stays text in a
 * spreadsheet.
 */
final class CommentsCsv {

    static final String[] HEADER = {"responded_at", "source", "survey_type", "score", "touchpoint", "customer", "comment",
            "language", "sentiment", "corrected", "topics", "feedback_kind", "channel", "rating_scale"};

    private CommentsCsv() {
    }

    static void write(IntFunction<CommentPage> pages, int limit, Writer out) throws IOException {
        try (var csv = CsvDownload.to(out, HEADER)) {
            var written = 0;
            for (var number = 0; written < limit; number++) {
                var page = pages.apply(number);
                for (var entry : page.entries()) {
                    if (written++ >= limit) {
                        break;
                    }
                    csv.row(entry.respondedAt(), entry.source().name().toLowerCase(Locale.ROOT), entry.surveyType(),
                            entry.score(), entry.touchpoint(), entry.customer(), entry.comment(), entry.language(),
                            entry.sentiment() == null ? null : entry.sentiment().name().toLowerCase(Locale.ROOT),
                            entry.corrected(), String.join(" ", entry.topics()), entry.feedbackKind(), entry.channel(),
                            entry.ratingScale());
                }
                if (!page.hasNext()) {
                    break;
                }
            }
        }
    }
}
