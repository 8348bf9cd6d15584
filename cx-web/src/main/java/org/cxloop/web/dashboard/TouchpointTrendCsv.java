package org.cxloop.web.dashboard;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** A touchpoint's history as RFC 4180 CSV, one row per week or month, figures to two decimals with a dot. */
final class TouchpointTrendCsv {

    static final String[] HEADER = {"period", "from", "to", "nps", "nps_margin_of_error", "nps_responses", "csat",
            "csat_margin_of_error", "csat_responses", "ces", "ces_margin_of_error", "ces_responses"};

    private TouchpointTrendCsv() {
    }

    static void write(Iterable<TouchpointTrendRow> rows, Writer out) throws IOException {
        try (var printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(HEADER).get())) {
            for (var row : rows) {
                printer.printRecord(row.period(), row.from(), row.to(),
                        number(row.nps().score()), number(row.nps().marginOfError()), row.nps().responses(),
                        number(row.csat().score()), number(row.csat().marginOfError()), row.csat().responses(),
                        number(row.ces().average()), number(row.cesMargin()), row.ces().responses());
            }
        }
    }

    private static String number(Double value) {
        return value == null ? "" : BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
