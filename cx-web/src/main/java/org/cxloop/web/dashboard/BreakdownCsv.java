package org.cxloop.web.dashboard;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A breakdown as RFC 4180 CSV, one row per entry, figures unrounded but for two decimals with a dot. Text that a
 * spreadsheet would run as a formula (starting with =, +, -, @, tab or carriage return) gets a leading single quote.
 */
final class BreakdownCsv {

    static final String[] HEADER = {"key", "name", "nps", "nps_margin_of_error", "nps_responses", "promoters", "passives",
            "detractors", "csat", "csat_margin_of_error", "csat_responses", "ces", "ces_responses", "unreliable"};

    private BreakdownCsv() {
    }

    static void write(Iterable<BreakdownRow> rows, Writer out) throws IOException {
        try (var printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(HEADER).get())) {
            for (var row : rows) {
                printer.printRecord(text(row.key()), text(row.name()),
                        number(row.nps().score()), number(row.nps().marginOfError()), row.nps().responses(),
                        row.nps().promoters(), row.nps().passives(), row.nps().detractors(),
                        number(row.csat().score()), number(row.csat().marginOfError()), row.csat().responses(),
                        number(row.ces().average()), row.ces().responses(),
                        row.npsUnreliable() || row.csatUnreliable() || row.cesUnreliable());
            }
        }
    }

    /** The text as a spreadsheet shows it, never as a formula it would run. */
    static String text(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        return "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    private static String number(Double value) {
        return value == null ? "" : BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
