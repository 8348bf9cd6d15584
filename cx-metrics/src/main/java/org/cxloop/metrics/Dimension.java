package org.cxloop.metrics;

/** What survey figures can be broken down by, and the SQL expression that names each entry. */
public enum Dimension {
    TOUCHPOINT("t.code"),
    STAGE("s.code"),
    CHANNEL("t.channel"),
    SEGMENT("c.segment");

    private final String column;

    Dimension(String column) {
        this.column = column;
    }

    String column() {
        return column;
    }
}
