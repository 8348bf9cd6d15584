package org.cxloop.survey.imports;

import java.util.List;

/** What a CSV file holds, and the header it must start with (RFC 4180, UTF-8). */
public enum ImportKind {
    CUSTOMERS(List.of("external_id", "name", "email", "locale", "segment", "customer_since", "churned_at")),
    RESPONSES(List.of("customer_external_id", "touchpoint", "survey_type", "score", "comment", "responded_at"));

    private final List<String> columns;

    ImportKind(List<String> columns) {
        this.columns = columns;
    }

    public List<String> columns() {
        return columns;
    }
}
