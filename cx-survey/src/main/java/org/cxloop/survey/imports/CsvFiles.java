package org.cxloop.survey.imports;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.cxloop.core.InvalidInputException;

/**
 * Reads import files with Apache Commons CSV (RFC 4180 quoting, multi-line fields) rather than by hand: strict
 * UTF-8 (a file in another encoding is refused, not silently garbled), an optional byte-order mark, and the header
 * checked against the kind's columns.
 */
final class CsvFiles {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();

    private CsvFiles() {
    }

    static void checkHeader(Path file, ImportKind kind) throws IOException {
        try (var reader = reader(file); var parser = FORMAT.parse(reader)) {
            var records = parser.iterator();
            if (!records.hasNext()) {
                throw new InvalidInputException("file", "import.file.empty", "The file is empty: it needs a header row.");
            }
            var header = records.next().toList().stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
            if (!kind.acceptsHeader(header)) {
                throw new InvalidInputException("file", "import.file.header",
                        "The first row must be exactly: " + String.join(",", kind.columns())
                                + (kind.optionalColumns().isEmpty() ? "" : " (optionally followed by ,"
                                        + String.join(",", kind.optionalColumns()) + ")") + " (found: "
                                + String.join(",", header) + ").");
            }
        } catch (CharacterCodingException | java.io.UncheckedIOException e) {
            throw new InvalidInputException("file", "import.file.encoding", "The file is not UTF-8 text.");
        }
    }

    /** Counts the records after the header, for the progress bar. */
    static long countRows(Path file) throws IOException {
        try (var reader = reader(file); var parser = FORMAT.parse(reader)) {
            long count = 0;
            for (var ignored : parser) {
                count++;
            }
            return Math.max(0, count - 1);
        }
    }

    /** Hands each record after the header, skipping the first {@code skip} of them, to {@code consumer}. */
    static void read(Path file, long skip, Consumer<ParsedRow> consumer) throws IOException {
        try (var reader = reader(file); CSVParser parser = FORMAT.parse(reader)) {
            Iterator<CSVRecord> records = parser.iterator();
            var lineBefore = parser.getCurrentLineNumber();
            if (records.hasNext()) {
                records.next();
                lineBefore = parser.getCurrentLineNumber();
            }
            long index = 0;
            while (records.hasNext()) {
                var record = records.next();
                var startLine = lineBefore + 1;
                lineBefore = parser.getCurrentLineNumber();
                if (index++ < skip) {
                    continue;
                }
                consumer.accept(new ParsedRow(startLine, List.copyOf(record.toList())));
            }
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static Reader reader(Path file) throws IOException {
        InputStream in = Files.newInputStream(file);
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        var reader = new BufferedReader(new InputStreamReader(in, decoder), 1 << 16);
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
            reader.reset();
        }
        return reader;
    }
}
