package org.cxloop.web.dashboard;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.cxloop.metrics.Period;
import org.cxloop.web.csv.CsvDownload;

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
        try (var csv = CsvDownload.to(out, HEADER)) {
            for (var kpi : kpis) {
                var change = kpi.change();
                csv.row("kpi", kpi.name(), kpi.name(), "", period.from(), period.to(), kpi.value(),
                        kpi.marginOfError(), kpi.sampleSize(), change == null ? null : change.previous(),
                        change == null ? null : change.delta(),
                        change == null ? null : change.significant());
            }
            if (split.responses() > 0) {
                csv.row("nps_split", "promoters", "promoters", "", period.from(), period.to(),
                        split.promoterShare(), "", split.promoters(), "", "", "");
                csv.row("nps_split", "passives", "passives", "", period.from(), period.to(),
                        split.passiveShare(), "", split.passives(), "", "", "");
                csv.row("nps_split", "detractors", "detractors", "", period.from(), period.to(),
                        split.detractorShare(), "", split.detractors(), "", "", "");
            }
            for (var trend : trends) {
                for (var point : trend.points()) {
                    csv.row("trend_" + trend.name(), trend.name(), trend.name(), point.period(), point.from(),
                            point.to(), point.value(), "", point.responses(), "", "", "");
                }
            }
            for (var driver : drivers) {
                csv.row("driver", driver.code(), driver.name(), "",
                        period.from(), period.to(), driver.impact(), "", driver.responses(), "", "", "");
            }
        }
    }
}
