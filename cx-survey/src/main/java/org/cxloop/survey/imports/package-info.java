/**
 * CSV imports of customers and historical responses. The upload streams to a file; a worker reads it record by
 * record and stores valid rows in chunks whose checkpoint commits with them, so imports of a million rows need no
 * memory for the file and resume after a crash without storing a row twice. Every rejected line is reported.
 */
package org.cxloop.survey.imports;
