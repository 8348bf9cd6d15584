package org.cxloop.web.dashboard;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** The columns a breakdown sorts by; rows without the figure go last whichever the direction. */
public enum BreakdownSort {
    NAME(row -> null),
    NPS(row -> row.nps().score()),
    CSAT(row -> row.csat().score()),
    CES(row -> row.ces().average()),
    ANSWERS(row -> (double) row.answers());

    private final Function<BreakdownRow, Double> figure;

    BreakdownSort(Function<BreakdownRow, Double> figure) {
        this.figure = figure;
    }

    public String param() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Figures sort worst first (lowest score) and names A to Z; answer counts sort largest first. */
    boolean descendingFirst() {
        return this == ANSWERS;
    }

    static BreakdownSort fromParam(String value) {
        return Arrays.stream(values()).filter(s -> s.param().equalsIgnoreCase(value == null ? "" : value.strip()))
                .findFirst().orElse(NPS);
    }

    List<BreakdownRow> sort(List<BreakdownRow> rows, boolean descending) {
        Comparator<BreakdownRow> order;
        if (this == NAME) {
            Comparator<String> names = Comparator.comparing(name -> name.toLowerCase(Locale.ROOT));
            order = Comparator.comparing(BreakdownRow::name, descending ? names.reversed() : names);
        } else {
            Comparator<Double> figures = descending ? Comparator.<Double>reverseOrder() : Comparator.<Double>naturalOrder();
            order = Comparator.comparing(figure, Comparator.nullsLast(figures))
                    .thenComparing(row -> row.name().toLowerCase(Locale.ROOT));
        }
        return rows.stream().sorted(order).toList();
    }
}
