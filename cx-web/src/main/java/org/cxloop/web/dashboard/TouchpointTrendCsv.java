package org.cxloop.web.dashboard;

import java.io.IOException;
import java.io.Writer;
import org.cxloop.web.csv.CsvDownload;

/** A touchpoint's history as CSV ({@link CsvDownload}), one row per week or month. */
final class TouchpointTrendCsv {

    static final String[] HEADER = {"period", "from", "to", "nps", "nps_margin_of_error", "nps_responses", "csat",
            "csat_margin_of_error", "csat_responses", "ces", "ces_margin_of_error", "ces_responses"};

    private TouchpointTrendCsv() {
    }

    static void write(Iterable<TouchpointTrendRow> rows, Writer out) throws IOException {
        try (var csv = CsvDownload.to(out, HEADER)) {
            for (var row : rows) {
                csv.row(row.period(), row.from(), row.to(),
                        row.nps().score(), row.nps().marginOfError(), row.nps().responses(),
                        row.csat().score(), row.csat().marginOfError(), row.csat().responses(),
                        row.ces().average(), row.cesMargin(), row.ces().responses());
            }
        }
    }
}
