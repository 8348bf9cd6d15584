package org.cxloop.web.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.cxloop.core.settings.SettingsSnapshots;
import org.cxloop.testsupport.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** What an app node keeps of the settings answers read is loaded again as soon as any node changes them. */
@PostgresIntegrationTest
class SettingsSnapshotsIntegrationTests {

    @Autowired SettingsSnapshots settings;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate transactions;

    @Test
    void keepsASnapshotUntilAWriteFromAnyNodeChangesASettingsTable() {
        var loads = new AtomicInteger();
        var key = "test:" + System.nanoTime();
        assertThat(settings.<Integer>get(key, loads::incrementAndGet)).isEqualTo(1);
        assertThat(settings.<Integer>get(key, loads::incrementAndGet)).isEqualTo(1);
        Integer inTransaction = transactions.execute(status -> settings.<Integer>get(key, loads::incrementAndGet));
        assertThat(inTransaction).isEqualTo(1);

        // Another node's change, straight in the database: the trigger raises the version.
        jdbc.sql("update follow_up_rule set name = name where id = -1").update();
        assertThat(settings.<Integer>get(key, loads::incrementAndGet)).isEqualTo(2);
        jdbc.sql("update webhook_subscription set event_type = event_type where endpoint_id = -1").update();
        assertThat(settings.<Integer>get(key, loads::incrementAndGet)).isEqualTo(3);
        jdbc.sql("update experiment_variant set code = code where experiment_id = -1").update();
        assertThat(settings.<Integer>get(key, loads::incrementAndGet)).isEqualTo(4);
        assertThat(settings.<Integer>get(key, loads::incrementAndGet)).isEqualTo(4);
    }

    @Test
    void keepsNothingLoadedInATransactionThatRollsBack() {
        var loads = new AtomicInteger();
        var key = "test:" + System.nanoTime();
        jdbc.sql("update touchpoint set name = name where id = -1").update();
        transactions.executeWithoutResult(status -> {
            jdbc.sql("update experiment set name = name where id = -1").update();
            assertThat(settings.<Integer>get(key, loads::incrementAndGet)).isEqualTo(1);
            status.setRollbackOnly();
        });
        assertThat(settings.<Integer>get(key, loads::incrementAndGet)).isEqualTo(2);
        assertThat(settings.<Integer>get(key, loads::incrementAndGet)).isEqualTo(2);
    }

    @Test
    void aVersionTheCallerReadInItsOwnQueryServesItsTransaction() {
        var loads = new AtomicInteger();
        var key = "test:" + System.nanoTime();
        var before = version();
        assertThat(settings.<Integer>get(key, loads::incrementAndGet)).isEqualTo(1);
        jdbc.sql("update follow_up_rule set name = name where id = -1").update();
        var after = version();
        assertThat(after).isGreaterThan(before);

        // The caller read the version before the change (as the survey page reads it with the invitation): the
        // transaction goes by it, and a second version handed in later does not replace it.
        Integer asOfBefore = transactions.execute(status -> {
            settings.versionRead(before);
            settings.versionRead(after);
            return settings.<Integer>get(key, loads::incrementAndGet);
        });
        assertThat(asOfBefore).isEqualTo(1);
        Integer asOfAfter = transactions.execute(status -> {
            settings.versionRead(after);
            return settings.<Integer>get(key, loads::incrementAndGet);
        });
        assertThat(asOfAfter).isEqualTo(2);
        // Outside a transaction there is nowhere to keep it: the version is read again.
        settings.versionRead(before);
        assertThat(settings.<Integer>get(key, loads::incrementAndGet)).isEqualTo(2);
    }

    private long version() {
        return jdbc.sql("select version from settings_version where name = 'answer'").query(Long.class).single();
    }
}
