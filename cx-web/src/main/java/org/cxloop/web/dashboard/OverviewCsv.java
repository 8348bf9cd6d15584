package org.cxloop.web.dashboard;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.cxloop.metrics.Period;

/**
 * The overview as one RFC 4180 CSV in long form, one figure a row: the KPIs with their change since the previous
 * period ({@code kpi}), the NPS split in percent of NPS answers ({@code nps_split}), each trend point
 * ({@code trend_nps}, …) and the NPS drivers with the points they cost ({@code driver}). Figures have two decimals
 * with a dot; names get a leading quote where a spreadsheet would run them as a formula.
 */
final class OverviewCsv {

    static final String[] HEADER = {"section", "key", "name", "period", "from", "to", "value", "margin_of_error", "n",
            "previous", "change", "significant"};

    private OverviewCsv() {
    }

    static void write(Period period, List<Kpi> kpis, NpsSplit split, List<Trend> trends, List<DriverRow> drivers,
            Writer out) throws IOException {
        try (var printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(HEADER).get())) {
            for (var kpi : kpis) {
                var change = kpi.change();
                printer.printRecord("kpi", kpi.name(), kpi.name(), "", period.from(), period.to(), number(kpi.value()),
                        number(kpi.marginOfError()), kpi.sampleSize(), change == null ? "" : number(change.previous()),
                        change == null ? "" : number(change.delta()),
                        change == null || change.significant() == null ? "" : change.significant());
            }
            if (split.responses() > 0) {
                printer.printRecord("nps_split", "promoters", "promoters", "", period.from(), period.to(),
                        number(split.promoterShare()), "", split.promoters(), "", "", "");
                printer.printRecord("nps_split", "passives", "passives", "", period.from(), period.to(),
                        number(split.passiveShare()), "", split.passives(), "", "", "");
                printer.printRecord("nps_split", "detractors", "detractors", "", period.from(), period.to(),
                        number(split.detractorShare()), "", split.detractors(), "", "", "");
            }
            for (var trend : trends) {
                for (var point : trend.points()) {
                    printer.printRecord("trend_" + trend.name(), trend.name(), trend.name(), point.period(), point.from(),
                            point.to(), number(point.value()), "", point.responses(), "", "", "");
                }
            }
            for (var driver : drivers) {
                printer.printRecord("driver", BreakdownCsv.text(driver.code()), BreakdownCsv.text(driver.name()), "",
                        period.from(), period.to(), number(driver.impact()), "", driver.responses(), "", "", "");
            }
        }
    }

    private static String number(Double value) {
        return value == null ? "" : BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
