package org.cxloop.journey.map;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.cxloop.core.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for journeys and their versions. */
@Repository
class JourneyRows {

    private static final String VERSION_COLUMNS =
            "id, journey_id, number_in_journey, label, status, created_at, promoted_at";

    private final JdbcClient jdbc;

    JourneyRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insertJourney(JourneyDetails details, boolean archived, Instant now) {
        return Inserts.returningId(jdbc.sql("""
                        insert into journey (name, persona, description, archived, created_at, updated_at)
                        values (?, ?, ?, ?, ?, ?)""")
                .params(details.name().strip(), details.persona().strip(), blankToNull(details.description()),
                        archived, at(now), at(now)));
    }

    void updateJourney(long id, JourneyDetails details, Instant now) {
        jdbc.sql("update journey set name = ?, persona = ?, description = ?, updated_at = ? where id = ?")
                .params(details.name().strip(), details.persona().strip(), blankToNull(details.description()), at(now), id)
                .update();
    }

    void archive(long id, boolean archived, Instant now) {
        jdbc.sql("update journey set archived = ?, updated_at = ? where id = ?").params(archived, at(now), id).update();
    }

    void touch(long journeyId, Instant now) {
        jdbc.sql("update journey set updated_at = ? where id = ?").params(at(now), journeyId).update();
    }

    void deleteJourney(long id) {
        jdbc.sql("delete from journey where id = ?").param(id).update();
    }

    /** Reads the journey and locks it until the transaction ends, so version changes happen one at a time. */
    JourneySummary lockJourney(long id) {
        jdbc.sql("select id from journey where id = ? for update").param(id).query(Long.class).optional()
                .orElseThrow(() -> notFound(id));
        return journey(id);
    }

    JourneySummary journey(long id) {
        return jdbc.sql("select * from journey where id = ?").param(id).query(JourneyRows::journey).optional()
                .orElseThrow(() -> notFound(id));
    }

    List<JourneySummary> journeys(boolean archived) {
        return jdbc.sql("select * from journey where archived = ? order by lower(name), id").param(archived)
                .query(JourneyRows::journey).list();
    }

    /** Adds a version numbered one after the journey's last. */
    long insertVersion(long journeyId, String label, VersionStatus status, Instant createdAt, Instant promotedAt) {
        var number = jdbc.sql("select coalesce(max(number_in_journey), 0) + 1 from journey_version where journey_id = ?")
                .param(journeyId).query(Integer.class).single();
        return insertVersion(journeyId, number, label, status, createdAt, promotedAt);
    }

    long insertVersion(long journeyId, int number, String label, VersionStatus status, Instant createdAt, Instant promotedAt) {
        return Inserts.returningId(jdbc.sql("""
                        insert into journey_version (journey_id, number_in_journey, label, status, created_at, promoted_at)
                        values (?, ?, ?, ?, ?, ?)""")
                .params(journeyId, number, blankToNull(label), status.name(), at(createdAt), promotedAt == null ? null : at(promotedAt)));
    }

    void setStatus(long versionId, VersionStatus status, Instant promotedAt) {
        jdbc.sql("update journey_version set status = ?, promoted_at = coalesce(?, promoted_at) where id = ?")
                .params(status.name(), promotedAt == null ? null : at(promotedAt), versionId).update();
    }

    void deleteVersion(long versionId) {
        jdbc.sql("delete from journey_version where id = ?").param(versionId).update();
    }

    Optional<VersionSummary> findVersion(long versionId) {
        return jdbc.sql("select " + VERSION_COLUMNS + " from journey_version where id = ?").param(versionId)
                .query(JourneyRows::version).optional();
    }

    VersionSummary version(long versionId) {
        return findVersion(versionId)
                .orElseThrow(() -> new NotFoundException("No journey map version has the id " + versionId + "."));
    }

    /** Versions of a journey, newest first. */
    List<VersionSummary> versions(long journeyId) {
        return jdbc.sql("select " + VERSION_COLUMNS + " from journey_version where journey_id = ? order by number_in_journey desc")
                .param(journeyId).query(JourneyRows::version).list();
    }

    VersionSummary asIs(long journeyId) {
        return jdbc.sql("select " + VERSION_COLUMNS + " from journey_version where journey_id = ? and status = 'AS_IS'")
                .param(journeyId).query(JourneyRows::version).optional()
                .orElseThrow(() -> notFound(journeyId));
    }

    static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static NotFoundException notFound(long id) {
        return new NotFoundException("No journey has the id " + id + ".");
    }

    private static JourneySummary journey(ResultSet rs, int row) throws SQLException {
        return new JourneySummary(rs.getLong("id"), rs.getString("name"), rs.getString("persona"),
                rs.getString("description"), rs.getBoolean("archived"), instant(rs, "created_at"), instant(rs, "updated_at"));
    }

    private static VersionSummary version(ResultSet rs, int row) throws SQLException {
        return new VersionSummary(rs.getLong("id"), rs.getLong("journey_id"), rs.getInt("number_in_journey"),
                rs.getString("label"), VersionStatus.valueOf(rs.getString("status")), instant(rs, "created_at"),
                instant(rs, "promoted_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        var value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
