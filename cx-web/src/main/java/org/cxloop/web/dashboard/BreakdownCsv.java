package org.cxloop.web.dashboard;

import java.io.IOException;
import java.io.Writer;
import org.cxloop.web.csv.CsvDownload;

/** A breakdown as CSV ({@link CsvDownload}), one row per entry. */
final class BreakdownCsv {

    static final String[] HEADER = {"key", "name", "nps", "nps_margin_of_error", "nps_responses", "promoters", "passives",
            "detractors", "csat", "csat_margin_of_error", "csat_responses", "ces", "ces_responses", "unreliable"};

    private BreakdownCsv() {
    }

    static void write(Iterable<BreakdownRow> rows, Writer out) throws IOException {
        try (var csv = CsvDownload.to(out, HEADER)) {
            for (var row : rows) {
                csv.row(row.key(), row.name(),
                        row.nps().score(), row.nps().marginOfError(), row.nps().responses(),
                        row.nps().promoters(), row.nps().passives(), row.nps().detractors(),
                        row.csat().score(), row.csat().marginOfError(), row.csat().responses(),
                        row.ces().average(), row.ces().responses(),
                        row.npsUnreliable() || row.csatUnreliable() || row.cesUnreliable());
            }
        }
    }
}
