package org.cxloop.web.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.List;
import org.cxloop.metrics.score.Ces;
import org.cxloop.metrics.score.Csat;
import org.cxloop.metrics.score.Nps;
import org.junit.jupiter.api.Test;

class BreakdownCsvTests {

    @Test
    void writesOneRfc4180RowPerEntryWithTwoDecimalsAndTheReliabilityFlag() throws Exception {
        var out = new StringWriter();
        BreakdownCsv.write(List.of(
                new BreakdownRow("phone", "Phone, \"support\"", Nps.of(2, 1, 3), Csat.of(0, 0), Ces.of(0, 0, 0, 0)),
                new BreakdownRow(null, "No segment", Nps.of(0, 0, 0), Csat.of(30, 40), Ces.of(200, 1100, 25, 40))), out);

        assertThat(out.toString().split("\r\n")).containsExactly(
                String.join(",", BreakdownCsv.HEADER),
                "phone,\"Phone, \"\"support\"\"\",33.33,106.69,3,2,0,1,,,0,,0,true",
                // commons-csv quotes an empty first field, so the line cannot read as a blank one
                "\"\",No segment,,,0,0,0,0,75.00,13.42,40,5.00,40,false");
    }
}
