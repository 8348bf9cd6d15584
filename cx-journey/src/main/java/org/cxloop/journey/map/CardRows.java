package org.cxloop.journey.map;

import static org.cxloop.journey.map.JourneyRows.blankToNull;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import org.cxloop.core.Channel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * SQL for the stage cards and touchpoint cards of a map version, ordered by position then id. Reordering numbers
 * the active (not archived) cards 0, 1, 2…; an archived card keeps its last position, so an export lists it where
 * it stood, and comes back last when restored.
 */
@Repository
class CardRows {

    private final JdbcClient jdbc;

    CardRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds an active stage as the last column. */
    long insertStage(long versionId, String code, String name) {
        return insertStage(versionId, code, name, nextStagePosition(versionId), false);
    }

    long insertStage(long versionId, String code, String name, int position, boolean archived) {
        return Inserts.returningId(jdbc.sql("""
                        insert into journey_stage_card (version_id, stage_code, name, position, archived)
                        values (?, ?, ?, ?, ?)""")
                .params(versionId, code, name.strip(), position, archived));
    }

    /** Adds an active touchpoint card last on the stage. */
    long insertTouchpoint(long versionId, long stageCardId, String code, TouchpointInput card) {
        return insertTouchpoint(versionId, stageCardId, code, card, nextTouchpointPosition(stageCardId), false);
    }

    long insertTouchpoint(long versionId, long stageCardId, String code, TouchpointInput card, int position, boolean archived) {
        return Inserts.returningId(jdbc.sql("""
                        insert into journey_touchpoint_card (version_id, stage_card_id, touchpoint_code, name, channel,
                            owner_team, expectation, expected_csat, moment_of_truth, pain_points, position, archived)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(versionId, stageCardId, code, card.name().strip(), card.channel().name(),
                        blankToNull(card.ownerTeam()), blankToNull(card.expectation()), card.expectedCsat(),
                        card.momentOfTruth(), blankToNull(card.painPoints()), position, archived));
    }

    /** Archives the stage (its active columns close up) or restores it as the last column. */
    void setStageArchived(long versionId, long stageCardId, boolean archived) {
        var position = archived ? null : nextStagePosition(versionId);
        jdbc.sql("update journey_stage_card set archived = ?, position = coalesce(?, position) where id = ?")
                .params(archived, position, stageCardId).update();
        setStageOrder(stageIds(versionId));
    }

    /** Archives the card (the active cards of its stage close up) or restores it last on its stage. */
    void setTouchpointArchived(long stageCardId, long cardId, boolean archived) {
        var position = archived ? null : nextTouchpointPosition(stageCardId);
        jdbc.sql("update journey_touchpoint_card set archived = ?, position = coalesce(?, position) where id = ?")
                .params(archived, position, cardId).update();
        renumberTouchpoints(stageCardId);
    }

    void renameStage(long stageCardId, String name) {
        jdbc.sql("update journey_stage_card set name = ? where id = ?").params(name.strip(), stageCardId).update();
    }

    void updateTouchpoint(long cardId, TouchpointInput card) {
        jdbc.sql("""
                        update journey_touchpoint_card set name = ?, channel = ?, owner_team = ?, expectation = ?,
                            expected_csat = ?, moment_of_truth = ?, pain_points = ? where id = ?""")
                .params(card.name().strip(), card.channel().name(), blankToNull(card.ownerTeam()),
                        blankToNull(card.expectation()), card.expectedCsat(), card.momentOfTruth(),
                        blankToNull(card.painPoints()), cardId)
                .update();
    }

    /** Puts the touchpoint card last on another stage of the same version, closing the gap it leaves. */
    void moveTouchpointToStage(long cardId, long fromStageCardId, long toStageCardId) {
        jdbc.sql("""
                        update journey_touchpoint_card set stage_card_id = ?, position = ? where id = ?""")
                .params(toStageCardId, nextTouchpointPosition(toStageCardId), cardId).update();
        renumberTouchpoints(fromStageCardId);
    }

    void deleteStage(long versionId, long stageCardId) {
        jdbc.sql("delete from journey_stage_card where id = ?").param(stageCardId).update();
        setStageOrder(stageIds(versionId));
    }

    void deleteTouchpoint(long stageCardId, long cardId) {
        jdbc.sql("delete from journey_touchpoint_card where id = ?").param(cardId).update();
        renumberTouchpoints(stageCardId);
    }

    /** One after the last active stage, so a stage added or restored comes last. */
    private int nextStagePosition(long versionId) {
        return jdbc.sql("select coalesce(max(position) + 1, 0) from journey_stage_card where version_id = ? and not archived")
                .param(versionId).query(Integer.class).single();
    }

    private int nextTouchpointPosition(long stageCardId) {
        return jdbc.sql("select coalesce(max(position) + 1, 0) from journey_touchpoint_card where stage_card_id = ? and not archived")
                .param(stageCardId).query(Integer.class).single();
    }

    /** The active stages of the version in order. */
    List<Long> stageIds(long versionId) {
        return jdbc.sql("select id from journey_stage_card where version_id = ? and not archived order by position, id")
                .param(versionId).query(Long.class).list();
    }

    /** The active touchpoint cards of the stage in order. */
    List<Long> touchpointIds(long stageCardId) {
        return jdbc.sql("select id from journey_touchpoint_card where stage_card_id = ? and not archived order by position, id")
                .param(stageCardId).query(Long.class).list();
    }

    boolean stageArchived(long stageCardId) {
        return jdbc.sql("select archived from journey_stage_card where id = ?").param(stageCardId).query(Boolean.class).single();
    }

    boolean touchpointArchived(long cardId) {
        return jdbc.sql("select archived from journey_touchpoint_card where id = ?").param(cardId).query(Boolean.class).single();
    }

    String touchpointCode(long cardId) {
        return jdbc.sql("select touchpoint_code from journey_touchpoint_card where id = ?").param(cardId).query(String.class).single();
    }

    void setStageOrder(List<Long> stageCardIds) {
        for (int i = 0; i < stageCardIds.size(); i++) {
            jdbc.sql("update journey_stage_card set position = ? where id = ?").params(i, stageCardIds.get(i)).update();
        }
    }

    void setTouchpointOrder(List<Long> cardIds) {
        for (int i = 0; i < cardIds.size(); i++) {
            jdbc.sql("update journey_touchpoint_card set position = ? where id = ?").params(i, cardIds.get(i)).update();
        }
    }

    /** The version a stage card belongs to. */
    Optional<Long> versionOfStage(long stageCardId) {
        return jdbc.sql("select version_id from journey_stage_card where id = ?").param(stageCardId).query(Long.class).optional();
    }

    /** The stage card a touchpoint card sits on. */
    Optional<Long> stageOfTouchpoint(long cardId) {
        return jdbc.sql("select stage_card_id from journey_touchpoint_card where id = ?").param(cardId).query(Long.class).optional();
    }

    /** The codes of the core touchpoints that the cards of these versions name. */
    List<String> touchpointCodes(long versionId) {
        return jdbc.sql("select touchpoint_code from journey_touchpoint_card where version_id = ? order by touchpoint_code")
                .param(versionId).query(String.class).list();
    }

    List<String> touchpointCodesOfStage(long stageCardId) {
        return jdbc.sql("select touchpoint_code from journey_touchpoint_card where stage_card_id = ? order by touchpoint_code")
                .param(stageCardId).query(String.class).list();
    }

    boolean hasStageCode(long versionId, String code) {
        return jdbc.sql("select count(*) from journey_stage_card where version_id = ? and stage_code = ?")
                .params(versionId, code).query(Long.class).single() > 0;
    }

    boolean hasTouchpointCode(long versionId, String code) {
        return jdbc.sql("select count(*) from journey_touchpoint_card where version_id = ? and touchpoint_code = ?")
                .params(versionId, code).query(Long.class).single() > 0;
    }

    /** The active stages of a version in order, each with its active touchpoint cards in order: the map as shown. */
    List<StageCard> stages(long versionId) {
        return allStages(versionId).stream().filter(stage -> !stage.archived())
                .map(stage -> new StageCard(stage.id(), stage.code(), stage.name(), stage.position(),
                        stage.touchpoints().stream().filter(card -> !card.archived()).toList(), false))
                .toList();
    }

    /** Every stage of a version, archived ones too, in order, each with every touchpoint card in order. */
    List<StageCard> allStages(long versionId) {
        var cards = new LinkedHashMap<Long, List<TouchpointCard>>();
        jdbc.sql("""
                        select * from journey_touchpoint_card where version_id = ? order by stage_card_id, position, id""")
                .param(versionId)
                .query((ResultSet rs) -> {
                    cards.computeIfAbsent(rs.getLong("stage_card_id"), id -> new ArrayList<>()).add(touchpoint(rs));
                });
        return jdbc.sql("select * from journey_stage_card where version_id = ? order by position, id").param(versionId)
                .query((rs, row) -> new StageCard(rs.getLong("id"), rs.getString("stage_code"), rs.getString("name"),
                        rs.getInt("position"), List.copyOf(cards.getOrDefault(rs.getLong("id"), List.of())),
                        rs.getBoolean("archived")))
                .list();
    }

    private void renumberTouchpoints(long stageCardId) {
        setTouchpointOrder(touchpointIds(stageCardId));
    }

    private static TouchpointCard touchpoint(ResultSet rs) throws SQLException {
        var csat = rs.getInt("expected_csat");
        var noCsat = rs.wasNull();
        return new TouchpointCard(rs.getLong("id"), rs.getString("touchpoint_code"), rs.getString("name"),
                Channel.valueOf(rs.getString("channel")), rs.getString("owner_team"), rs.getString("expectation"),
                noCsat ? null : csat, rs.getBoolean("moment_of_truth"), rs.getString("pain_points"),
                rs.getInt("position"), rs.getBoolean("archived"));
    }
}
