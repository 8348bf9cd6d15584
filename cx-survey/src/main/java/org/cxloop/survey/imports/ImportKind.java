package org.cxloop.survey.imports;

import java.util.List;

/** What a CSV file holds, and the header it must start with (RFC 4180, UTF-8). */
public enum ImportKind {
    CUSTOMERS(List.of("external_id", "name", "email", "locale", "segment", "customer_since", "churned_at"), List.of()),
    RESPONSES(List.of("customer_external_id", "touchpoint", "survey_type", "score", "comment", "responded_at"),
            List.of("variant")),
    FEEDBACK(List.of("kind", "channel", "customer_external_id", "touchpoint", "rating", "rating_scale", "text", "occurred_at",
            "author", "link", "external_ref"), List.of());

    private final List<String> columns;
    private final List<String> optionalColumns;

    ImportKind(List<String> columns, List<String> optionalColumns) {
        this.columns = columns;
        this.optionalColumns = optionalColumns;
    }

    public List<String> columns() {
        return columns;
    }

    /** Columns a file may add after the required ones, all of them in this order. */
    public List<String> optionalColumns() {
        return optionalColumns;
    }

    boolean acceptsHeader(List<String> header) {
        return header.equals(columns) || !optionalColumns.isEmpty()
                && header.equals(java.util.stream.Stream.concat(columns.stream(), optionalColumns.stream()).toList());
    }
}
