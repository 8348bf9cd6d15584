package org.cxloop.testsupport;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The PostgreSQL that integration tests run against, one per test JVM.
 * <ul>
 * <li>With {@code CX_TEST_JDBC_URL} set (as {@code .ci/run} does): a fresh schema in that database, so every run
 * starts empty and Flyway migrates from scratch.</li>
 * <li>Otherwise, where a Docker engine runs (GitHub Actions): a Testcontainers PostgreSQL.</li>
 * <li>Otherwise the tests fail with instructions. They never skip silently.</li>
 * </ul>
 */
public record TestDatabase(String jdbcUrl, String username, String password) {

    private static TestDatabase instance;

    public static synchronized TestDatabase get() {
        if (instance == null) {
            instance = start();
        }
        return instance;
    }

    private static TestDatabase start() {
        var url = System.getenv("CX_TEST_JDBC_URL");
        if (url != null && !url.isBlank()) {
            var user = envOr("CX_TEST_JDBC_USER", "postgres");
            var password = envOr("CX_TEST_JDBC_PASSWORD", "");
            var schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
            try (var connection = DriverManager.getConnection(url, user, password);
                    var statement = connection.createStatement()) {
                statement.execute("create schema " + schema);
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot reach the PostgreSQL in CX_TEST_JDBC_URL (" + url + "): " + e.getMessage(), e);
            }
            return new TestDatabase(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema, user, password);
        }
        if (DockerClientFactory.instance().isDockerAvailable()) {
            var container = new PostgreSQLContainer("postgres:16-alpine");
            container.start();
            return new TestDatabase(container.getJdbcUrl(), container.getUsername(), container.getPassword());
        }
        throw new IllegalStateException("""
                Integration tests need PostgreSQL and found none. Either set CX_TEST_JDBC_URL, for example
                CX_TEST_JDBC_URL=jdbc:postgresql://127.0.0.1:5432/cx_test (user from CX_TEST_JDBC_USER, default postgres),
                or run a Docker engine so Testcontainers can start one. `bash .ci/run` does the first for you.""");
    }

    /**
     * Another empty schema in the same database, for a test that must run Flyway itself (e.g. stop at an older
     * version). Returns the JDBC URL whose current schema it is.
     */
    public String freshSchema(String prefix) {
        var schema = prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (var connection = DriverManager.getConnection(jdbcUrl, username, password);
                var statement = connection.createStatement()) {
            statement.execute("create schema " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create schema " + schema + ": " + e.getMessage(), e);
        }
        var base = jdbcUrl.replaceAll("[?&]currentSchema=[^&]*", "");
        return base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    private static String envOr(String name, String fallback) {
        var value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
