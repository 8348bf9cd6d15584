package org.cxloop.core.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Appends to and reads the audit log. Entries are never updated or deleted by the application. */
@Service
public class AuditLog {

    static final int PAGE = 200;

    private final JdbcClient jdbc;
    private final Clock clock;

    AuditLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public void record(String actor, String action, String target, String detail) {
        jdbc.sql("""
                        insert into audit_event (occurred_at, actor, action, target, detail)
                        values (:at, :actor, :action, :target, :detail)""")
                .param("at", Timestamp.from(clock.instant()))
                .param("actor", cut(actor, 320))
                .param("action", cut(action, 150))
                .param("target", cut(target, 500))
                .param("detail", detail == null ? null : cut(detail, 1000))
                .update();
    }

    /** The newest matching entries first, at most 200. */
    public List<AuditEvent> find(AuditQuery query) {
        var sql = new StringBuilder("select id, occurred_at, actor, action, target, detail from audit_event where 1 = 1");
        if (notBlank(query.actor())) {
            sql.append(" and lower(actor) like :actor");
        }
        if (notBlank(query.action())) {
            sql.append(" and (lower(action) like :action or lower(target) like :action)");
        }
        if (query.from() != null) {
            sql.append(" and occurred_at >= :from");
        }
        if (query.to() != null) {
            sql.append(" and occurred_at < :to");
        }
        sql.append(" order by occurred_at desc, id desc");
        var statement = jdbc.sql(sql.toString());
        if (notBlank(query.actor())) {
            statement = statement.param("actor", "%" + query.actor().strip().toLowerCase(Locale.ROOT) + "%");
        }
        if (notBlank(query.action())) {
            statement = statement.param("action", "%" + query.action().strip().toLowerCase(Locale.ROOT) + "%");
        }
        if (query.from() != null) {
            statement = statement.param("from", Timestamp.from(query.from().atStartOfDay(ZoneOffset.UTC).toInstant()));
        }
        if (query.to() != null) {
            statement = statement.param("to", Timestamp.from(query.to().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()));
        }
        return statement.query((rs, row) -> new AuditEvent(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
                rs.getString(4), rs.getString(5), rs.getString(6))).list().stream().limit(PAGE).toList();
    }

    private static boolean notBlank(String value) {
        return value != null && !value.isBlank();
    }

    private static String cut(String value, int max) {
        return value.length() > max ? value.substring(0, max) : value;
    }
}
