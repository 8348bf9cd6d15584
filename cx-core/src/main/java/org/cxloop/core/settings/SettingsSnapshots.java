package org.cxloop.core.settings;

import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Settings that every answer reads (follow-up rules, experiments, webhook subscriptions), kept in memory on each app
 * node and read again only when the database says they changed: triggers raise {@code settings_version} in the
 * transaction of any change, from any node, so one cheap query per transaction replaces several reads and a change
 * committed anywhere is seen by the next transaction everywhere. The version is read before a snapshot is loaded,
 * so a snapshot is never newer-labelled than its data. Without the triggers (any database but PostgreSQL) nothing is
 * kept and every call loads.
 */
@Component
public class SettingsSnapshots {

    private record Snapshot(long version, Object value) {
    }

    private record Seen(long version) {
    }

    private final JdbcClient jdbc;
    private final Map<String, Snapshot> kept = new ConcurrentHashMap<>();
    private final boolean versioned;

    /**
     * Learns the database at start-up: asked later, inside a request's transaction, it would need a second connection
     * from the pool while holding one, and a full pool of such requests would wait for each other.
     */
    SettingsSnapshots(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.versioned = isPostgresql(dataSource);
    }

    /** The value kept under {@code key} if the settings have not changed since it was loaded, else freshly loaded. */
    @SuppressWarnings("unchecked")
    public <T> T get(String key, Supplier<T> load) {
        if (!versioned) {
            return load.get();
        }
        var version = version();
        var snapshot = kept.get(key);
        if (snapshot != null && snapshot.version() == version) {
            return (T) snapshot.value();
        }
        var value = load.get();
        keep(key, new Snapshot(version, value));
        return value;
    }

    /**
     * Keeps a loaded snapshot once its transaction has committed: loaded in a transaction that rolls back, it could
     * hold that transaction's own changes under a version another change will reach.
     */
    private void keep(String key, Snapshot snapshot) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            kept.put(key, snapshot);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                kept.merge(key, snapshot, (old, loaded) -> loaded.version() >= old.version() ? loaded : old);
            }
        });
    }

    /**
     * Takes the version a caller read in a query of the current transaction it sent anyway (the survey page reads it
     * with the invitation), so that the transaction's first {@link #get} needs no query of its own. Ignored outside a
     * transaction, on a database without the triggers, and once the transaction has its version.
     */
    public void versionRead(long version) {
        if (versioned && TransactionSynchronizationManager.isSynchronizationActive()
                && TransactionSynchronizationManager.getResource(this) == null) {
            see(version);
        }
    }

    /**
     * The current version, read once per transaction: the reactions to an answer that read settings never change them
     * in the same transaction.
     */
    private long version() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return read();
        }
        var seen = (Seen) TransactionSynchronizationManager.getResource(this);
        if (seen != null) {
            return seen.version();
        }
        var version = read();
        see(version);
        return version;
    }

    /** Keeps the version for the rest of the current transaction. */
    private void see(long version) {
        TransactionSynchronizationManager.bindResource(this, new Seen(version));
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(SettingsSnapshots.this);
            }
        });
    }

    private long read() {
        return jdbc.sql("select version from settings_version where name = 'answer'").query(Long.class).single();
    }

    private static boolean isPostgresql(DataSource dataSource) {
        try (var connection = dataSource.getConnection()) {
            return "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            return false;
        }
    }
}
