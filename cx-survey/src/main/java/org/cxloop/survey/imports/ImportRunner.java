package org.cxloop.survey.imports;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.core.task.TaskExecutor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Works imports in the background, a chunk of rows at a time. Each chunk's rows, rejections and checkpoint commit
 * in one transaction, so after a crash the import resumes at the checkpoint (imports still RECEIVED or RUNNING are
 * picked up again when the application starts) and no row is stored twice or lost.
 */
@Component
class ImportRunner {

    static final int CHUNK = 1000;
    private static final Logger log = LoggerFactory.getLogger(ImportRunner.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final TaskExecutor executor;
    private final CustomerRowWriter customers;
    private final ResponseRowWriter responses;
    private final FeedbackRowWriter feedback;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ImportRunner(JdbcClient jdbc, TransactionTemplate transactions,
            @Qualifier("applicationTaskExecutor") TaskExecutor executor, CustomerRowWriter customers,
            ResponseRowWriter responses, FeedbackRowWriter feedback, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.executor = executor;
        this.customers = customers;
        this.responses = responses;
        this.feedback = feedback;
        this.events = events;
        this.clock = clock;
    }

    void start(long id) {
        executor.execute(() -> run(id));
    }

    @EventListener(ApplicationReadyEvent.class)
    void resumeUnfinished() {
        jdbc.sql("select id from data_import where status in ('RECEIVED', 'RUNNING') order by id")
                .query(Long.class).list().forEach(this::start);
    }

    void run(long id) {
        var claimed = jdbc.sql("""
                        update data_import set status = 'RUNNING', started_at = coalesce(started_at, :now)
                        where id = :id and status in ('RECEIVED', 'RUNNING')""")
                .param("now", Timestamp.from(clock.instant())).param("id", id).update();
        if (claimed == 0) {
            return;
        }
        var row = jdbc.sql("select kind, stored_path, checkpoint from data_import where id = :id").param("id", id)
                .query((rs, n) -> new Object[] {ImportKind.valueOf(rs.getString(1)), rs.getString(2), rs.getLong(3)})
                .single();
        RowWriter writer = switch ((ImportKind) row[0]) {
            case CUSTOMERS -> customers;
            case RESPONSES -> responses;
            case FEEDBACK -> feedback;
        };
        var checkpoint = (long) row[2];
        var chunk = new ArrayList<ParsedRow>(CHUNK);
        try {
            var done = new long[] {checkpoint};
            CsvFiles.read(Path.of((String) row[1]), checkpoint, parsed -> {
                chunk.add(parsed);
                if (chunk.size() == CHUNK) {
                    done[0] = commit(id, writer, chunk, done[0]);
                    chunk.clear();
                }
            });
            commit(id, writer, chunk, done[0]);
            finish(id, (ImportKind) row[0], ImportStatus.DONE, null);
        } catch (IOException | RuntimeException e) {
            log.warn("Import {} stopped: {}", id, e.getMessage());
            var message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            finish(id, (ImportKind) row[0], ImportStatus.FAILED, message.length() > 1000 ? message.substring(0, 1000) : message);
        }
    }

    /** Records the final state and announces it in one transaction, so listeners' writes commit with it. */
    private void finish(long id, ImportKind kind, ImportStatus status, String error) {
        transactions.executeWithoutResult(tx -> {
            jdbc.sql("update data_import set status = :status, error = :error, finished_at = :now where id = :id")
                    .param("status", status.name()).param("error", error)
                    .param("now", Timestamp.from(clock.instant())).param("id", id).update();
            events.publishEvent(new ImportFinished(id, kind, status));
        });
    }

    private long commit(long id, RowWriter writer, List<ParsedRow> rows, long checkpoint) {
        if (rows.isEmpty()) {
            return checkpoint;
        }
        var next = checkpoint + rows.size();
        transactions.executeWithoutResult(status -> {
            var rejections = writer.write(rows);
            for (var rejection : rejections) {
                jdbc.sql("insert into data_import_rejection (import_id, line_number, reason) values (:id, :line, :reason)")
                        .param("id", id).param("line", rejection.line()).param("reason", rejection.reason()).update();
            }
            var moved = jdbc.sql("""
                            update data_import set checkpoint = :next, processed_rows = :next,
                                accepted = accepted + :accepted, rejected = rejected + :rejected
                            where id = :id and checkpoint = :checkpoint""")
                    .param("next", next).param("accepted", rows.size() - rejections.size())
                    .param("rejected", rejections.size()).param("id", id).param("checkpoint", checkpoint)
                    .update();
            if (moved != 1) {
                throw new IllegalStateException("Import " + id + " moved past line " + checkpoint + " elsewhere; this run stops.");
            }
        });
        return next;
    }
}
