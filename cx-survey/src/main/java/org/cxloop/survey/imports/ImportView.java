package org.cxloop.survey.imports;

import java.time.Instant;

/** An import and how far it got. */
public record ImportView(
        long id,
        ImportKind kind,
        ImportStatus status,
        String fileName,
        Long totalRows,
        long processedRows,
        long accepted,
        long rejected,
        String error,
        String createdBy,
        Instant createdAt,
        Instant startedAt,
        Instant finishedAt) {

    /** Share of rows worked so far, 0–100. */
    public int percent() {
        if (status == ImportStatus.DONE) {
            return 100;
        }
        if (totalRows == null || totalRows == 0) {
            return 0;
        }
        return (int) Math.min(99, processedRows * 100 / totalRows);
    }
}
