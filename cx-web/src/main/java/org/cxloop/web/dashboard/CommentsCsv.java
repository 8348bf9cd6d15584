package org.cxloop.web.dashboard;

import java.io.IOException;
import java.io.Writer;
import java.util.function.IntFunction;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.cxloop.metrics.CommentPage;

/**
 * Comments (survey answers' and feedback's, told apart by the source column) as RFC 4180 CSV, newest first, page after page up to a limit. Every text cell goes through
 * {@link BreakdownCsv#text}, so a comment that starts like a formula stays text in a spreadsheet.
 */
final class CommentsCsv {

    static final String[] HEADER = {"responded_at", "source", "survey_type", "score", "touchpoint", "customer", "comment",
            "language", "sentiment", "corrected", "topics", "feedback_kind", "channel", "rating_scale"};

    private CommentsCsv() {
    }

    static void write(IntFunction<CommentPage> pages, int limit, Writer out) throws IOException {
        try (var printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(HEADER).get())) {
            var written = 0;
            for (var number = 0; written < limit; number++) {
                var page = pages.apply(number);
                for (var entry : page.entries()) {
                    if (written++ >= limit) {
                        break;
                    }
                    printer.printRecord(entry.respondedAt(), entry.source().name().toLowerCase(java.util.Locale.ROOT),
                            entry.surveyType() == null ? "" : entry.surveyType(), entry.score() == null ? "" : entry.score(),
                            BreakdownCsv.text(entry.touchpoint()),
                            BreakdownCsv.text(entry.customer()), BreakdownCsv.text(entry.comment()),
                            entry.language() == null ? "" : entry.language(),
                            entry.sentiment() == null ? "" : entry.sentiment().name().toLowerCase(java.util.Locale.ROOT),
                            entry.corrected(), BreakdownCsv.text(String.join(" ", entry.topics())),
                            entry.feedbackKind() == null ? "" : entry.feedbackKind(), entry.channel() == null ? "" : entry.channel(),
                            entry.ratingScale() == null ? "" : entry.ratingScale());
                }
                if (!page.hasNext()) {
                    break;
                }
            }
        }
    }
}
