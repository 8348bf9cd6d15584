package org.cxloop.survey.imports;

import java.util.List;

/** One CSV record with the line it starts on. */
public record ParsedRow(long line, List<String> values) {

    public String get(int column) {
        var value = column < values.size() ? values.get(column) : "";
        return value == null ? "" : value.strip();
    }
}
