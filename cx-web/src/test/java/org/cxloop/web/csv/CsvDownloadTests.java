package org.cxloop.web.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvDownloadTests {

    enum Kind { ANSWER }

    @Test
    void quotesTextThatASpreadsheetWouldRunAsAFormula() {
        for (var formula : List.of("=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx")) {
            assertThat(CsvDownload.text(formula)).isEqualTo("'" + formula);
        }
        assertThat(CsvDownload.text("Phone support")).isEqualTo("Phone support");
        assertThat(CsvDownload.text(null)).isEmpty();
    }

    @Test
    void writesTypedCellsNumbersAsNumbersAndTextSafely() throws Exception {
        var out = new StringWriter();
        try (var csv = CsvDownload.to(out, "text", "figure", "count", "flag", "day", "kind", "empty")) {
            csv.row("=HYPERLINK(\"x\")", -12.345, -3L, true, LocalDate.of(2026, 3, 1), Kind.ANSWER, null);
            csv.row("a, \"quoted\" name", 2.0, 0, false, null, null, "-minus");
        }

        assertThat(out.toString().split("\r\n")).containsExactly(
                "text,figure,count,flag,day,kind,empty",
                "\"'=HYPERLINK(\"\"x\"\")\",-12.35,-3,true,2026-03-01,ANSWER,",
                "\"a, \"\"quoted\"\" name\",2.00,0,false,,,'-minus");
    }
}
