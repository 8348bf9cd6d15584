package org.cxloop;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cxloop.testsupport.TestDatabase;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/**
 * The newer migrations run over a database that holds the previous release's data, as an upgrade in the field
 * would: the schema is migrated to the release's version, the release's data fixture is loaded, then every later
 * migration runs. Every row the release held must still be there with the same values in the release's columns
 * (new columns may be added; a migration that rewrites old data must change this test on purpose).
 */
class MigrationsOverPreviousReleaseIntegrationTests {

    private static final String RELEASE = "0.1.0";
    private static final String RELEASE_SCHEMA_VERSION = "202611231740";

    @Test
    void everyNewerMigrationAppliesOverTheReleasesDataAndKeepsEveryRow() throws Exception {
        var database = TestDatabase.get();
        var url = database.freshSchema("upgrade");
        flyway(url, database).target(RELEASE_SCHEMA_VERSION).load().migrate();
        execute(url, database, fixture());
        var before = snapshot(url, database);
        assertThat(before.get("survey_response").rows()).isEqualTo(2400);
        assertThat(before).as("the fixture fills every table of the release")
                .allSatisfy((table, state) -> assertThat(state.rows()).as(table).isPositive());

        var result = flyway(url, database).load().migrate();

        System.out.printf("Upgrade from release %s: %d newer migrations applied over %d tables holding %d rows%n",
                RELEASE, result.migrationsExecuted, before.size(),
                before.values().stream().mapToLong(TableState::rows).sum());
        var after = snapshot(url, database, before);
        before.forEach((table, state) -> assertThat(after.get(table))
                .as("the release's rows in %s after the newer migrations", table).isEqualTo(state));
        assertThat(flyway(url, database).load().validateWithResult().validationSuccessful).isTrue();
    }

    @Test
    void theApplicationCanStillWriteAfterTheUpgrade() throws Exception {
        var database = TestDatabase.get();
        var url = database.freshSchema("upgrade");
        flyway(url, database).target(RELEASE_SCHEMA_VERSION).load().migrate();
        execute(url, database, fixture());
        flyway(url, database).load().migrate();

        execute(url, database, """
                insert into customer (external_id, name, locale, customer_since, created_at, updated_at)
                values ('after-upgrade', 'New customer', 'en', current_date, now(), now());
                insert into survey_response (customer_id, touchpoint_id, survey_type, score, responded_at, source, created_at)
                values ((select id from customer where external_id = 'after-upgrade'), 1, 'NPS', 10, now(), 'API', now());
                """);
        try (var connection = DriverManager.getConnection(url, database.username(), database.password());
                var rs = connection.createStatement().executeQuery("select count(*), max(id) from survey_response")) {
            rs.next();
            assertThat(rs.getLong(1)).isEqualTo(2401);
            assertThat(rs.getLong(2)).isEqualTo(2401);
        }
    }

    private static FluentConfiguration flyway(String url, TestDatabase database) {
        return Flyway.configure()
                .dataSource(url, database.username(), database.password())
                .locations("classpath:db/migration", "classpath:db/vendor/postgresql");
    }

    private static String fixture() throws IOException {
        return new ClassPathResource("db/previous-release/release-" + RELEASE + "-data.sql")
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private static void execute(String url, TestDatabase database, String sql) throws SQLException {
        try (var connection = DriverManager.getConnection(url, database.username(), database.password());
                var statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static Map<String, TableState> snapshot(String url, TestDatabase database) throws SQLException {
        return snapshot(url, database, null);
    }

    /** Row count and a digest of every row over the columns each table had at the release (or, first, all). */
    private static Map<String, TableState> snapshot(String url, TestDatabase database, Map<String, TableState> release)
            throws SQLException {
        var states = new LinkedHashMap<String, TableState>();
        try (var connection = DriverManager.getConnection(url, database.username(), database.password())) {
            var tables = release != null ? List.copyOf(release.keySet()) : tablesOf(connection);
            for (var table : tables) {
                var columns = release != null ? release.get(table).columns() : columnsOf(connection, table);
                var sql = "select count(*), md5(coalesce(string_agg(r::text, '|' order by r::text), '')) from (select "
                        + String.join(", ", columns) + " from " + table + ") r";
                try (var rs = connection.createStatement().executeQuery(sql)) {
                    rs.next();
                    states.put(table, new TableState(columns, rs.getLong(1), rs.getString(2)));
                }
            }
        }
        return states;
    }

    private static List<String> tablesOf(Connection connection) throws SQLException {
        var tables = new ArrayList<String>();
        try (var rs = connection.createStatement().executeQuery("""
                select table_name from information_schema.tables
                where table_schema = current_schema() and table_type = 'BASE TABLE'
                  and table_name <> 'flyway_schema_history' order by table_name""")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        return tables;
    }

    private static List<String> columnsOf(Connection connection, String table) throws SQLException {
        var columns = new ArrayList<String>();
        try (var statement = connection.prepareStatement("""
                select column_name from information_schema.columns
                where table_schema = current_schema() and table_name = ? order by ordinal_position""")) {
            statement.setString(1, table);
            try (var rs = statement.executeQuery()) {
                while (rs.next()) {
                    columns.add(rs.getString(1));
                }
            }
        }
        return columns;
    }

    private record TableState(List<String> columns, long rows, String digest) {
    }
}
