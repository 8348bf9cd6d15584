package org.cxloop.survey.imports;

import java.util.List;

/** Checks a chunk of rows of one kind and stores the valid ones; returns the rejected ones. */
interface RowWriter {

    List<Rejection> write(List<ParsedRow> rows);
}
