package org.cxloop.web.csv;

import jakarta.servlet.http.HttpServletResponse;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.ContentDisposition;

/**
 * A table written as RFC 4180 CSV in UTF-8 with a byte-order mark (so spreadsheets read accents), a header row first.
 * Cells are typed: a {@link Double} is written with two decimals and a dot, any other number as it is, null as an
 * empty cell, and text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or carriage return)
 * gets a leading single quote.
 */
public final class CsvDownload implements Closeable {

    private final CSVPrinter printer;

    private CsvDownload(Writer out, String... header) throws IOException {
        this.printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(header).get());
    }

    /** Starts the download of {@code fileName} (ASCII) as an attachment, writing the header row. */
    public static CsvDownload start(HttpServletResponse response, String fileName, String... header) throws IOException {
        return to(open(response, fileName), header);
    }

    /** Writes the header row to {@code out}; the rows follow with {@link #row}. */
    public static CsvDownload to(Writer out, String... header) throws IOException {
        return new CsvDownload(out, header);
    }

    /** Marks the response as the CSV attachment {@code fileName} (ASCII) and answers its writer, after the BOM. */
    public static Writer open(HttpServletResponse response, String fileName) throws IOException {
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", ContentDisposition.attachment().filename(fileName).build().toString());
        var out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        out.write('\uFEFF');
        return out;
    }

    public void row(Object... cells) {
        try {
            printer.printRecord(Arrays.stream(cells).map(CsvDownload::cell).toArray());
        } catch (IOException e) {
            throw new UncheckedIOException("The CSV download could not be written", e);
        }
    }

    @Override
    public void close() throws IOException {
        printer.close(true);
    }

    static Object cell(Object value) {
        return switch (value) {
            case null -> "";
            case Double d -> number(d);
            case Float f -> number(f.doubleValue());
            case Number n -> n;
            case Boolean b -> b;
            case Enum<?> e -> e.name();
            default -> text(value.toString());
        };
    }

    /** The text as a spreadsheet shows it, never as a formula it would run. */
    public static String text(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        return "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    /** Two decimals with a dot; empty for no figure. */
    public static String number(Double value) {
        return value == null || value.isNaN() || value.isInfinite() ? ""
                : BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
