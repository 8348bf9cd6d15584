package org.cxloop.survey.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.cxloop.core.InvalidInputException;
import org.cxloop.core.NotFoundException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;

/** Receives CSV files, hands them to the {@link ImportRunner}, and reports on them. */
@Service
public class Imports {

    private static final String SELECT = """
            select id, kind, status, file_name, total_rows, processed_rows, accepted, rejected, error, created_by,
                created_at, started_at, finished_at from data_import""";

    private final JdbcClient jdbc;
    private final ImportRunner runner;
    private final Clock clock;
    private final Path directory;

    Imports(JdbcClient jdbc, ImportRunner runner, Clock clock, @Value("${cx.data-dir:./data}") String dataDir) {
        this.jdbc = jdbc;
        this.runner = runner;
        this.clock = clock;
        this.directory = Path.of(dataDir, "imports");
    }

    /**
     * Streams the upload to disk (never into memory), checks its header, and starts the import in the background.
     * A file with a wrong header or encoding is refused at once, naming the expected columns.
     */
    public ImportView receive(ImportKind kind, String fileName, InputStream body, String createdBy) {
        Path file;
        try {
            Files.createDirectories(directory);
            file = directory.resolve(UUID.randomUUID() + ".csv");
            Files.copy(body, file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not store the uploaded file in " + directory, e);
        }
        long rows;
        try {
            CsvFiles.checkHeader(file, kind);
            rows = CsvFiles.countRows(file);
        } catch (InvalidInputException e) {
            deleteQuietly(file);
            throw e;
        } catch (IOException | UncheckedIOException e) {
            deleteQuietly(file);
            throw new InvalidInputException("file", "import.file.malformed",
                    "The file is not valid CSV (RFC 4180): " + e.getMessage());
        }
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into data_import (kind, status, file_name, stored_path, total_rows, created_by, created_at)
                        values (:kind, 'RECEIVED', :fileName, :path, :rows, :by, :now)""")
                .param("kind", kind.name())
                .param("fileName", fileName == null || fileName.isBlank() ? "upload.csv" : shorten(fileName))
                .param("path", file.toAbsolutePath().toString())
                .param("rows", rows)
                .param("by", createdBy)
                .param("now", Timestamp.from(clock.instant()))
                .update(keys, "id");
        var id = keys.getKey().longValue();
        runner.start(id);
        return get(id);
    }

    public ImportView get(long id) {
        return jdbc.sql(SELECT + " where id = :id").param("id", id).query(Imports::map).optional()
                .orElseThrow(() -> new NotFoundException("No import has the id " + id + "."));
    }

    public List<ImportView> list() {
        return jdbc.sql(SELECT + " order by created_at desc, id desc").query(Imports::map).list().stream().limit(50).toList();
    }

    /** The rejected lines of an import, in file order, at most {@code limit}. */
    public List<Rejection> rejections(long id, int limit) {
        return jdbc.sql("select line_number, reason from data_import_rejection where import_id = :id order by line_number")
                .param("id", id)
                .query((rs, row) -> new Rejection(rs.getLong(1), rs.getString(2)))
                .list().stream().limit(limit).toList();
    }

    private static ImportView map(ResultSet rs, int row) throws SQLException {
        var total = rs.getLong("total_rows");
        var totalRows = rs.wasNull() ? null : total;
        var started = rs.getTimestamp("started_at");
        var finished = rs.getTimestamp("finished_at");
        return new ImportView(rs.getLong("id"), ImportKind.valueOf(rs.getString("kind")),
                ImportStatus.valueOf(rs.getString("status")), rs.getString("file_name"), totalRows,
                rs.getLong("processed_rows"), rs.getLong("accepted"), rs.getLong("rejected"), rs.getString("error"),
                rs.getString("created_by"), rs.getTimestamp("created_at").toInstant(),
                started == null ? null : started.toInstant(), finished == null ? null : finished.toInstant());
    }

    private static String shorten(String fileName) {
        var name = Path.of(fileName).getFileName().toString();
        return name.length() > 255 ? name.substring(0, 255) : name;
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not delete the refused upload " + file, e);
        }
    }
}
