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

/** SQL for the stage cards and touchpoint cards of a map version. Positions count 0, 1, 2… without gaps. */
@Repository
class CardRows {

    private final JdbcClient jdbc;

    CardRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insertStage(long versionId, String code, String name) {
        return Inserts.returningId(jdbc.sql("""
                        insert into journey_stage_card (version_id, stage_code, name, position)
                        values (?, ?, ?, (select count(*) from journey_stage_card where version_id = ?))""")
                .params(versionId, code, name.strip(), versionId));
    }

    long insertTouchpoint(long versionId, long stageCardId, String code, TouchpointInput card) {
        return Inserts.returningId(jdbc.sql("""
                        insert into journey_touchpoint_card (version_id, stage_card_id, touchpoint_code, name, channel,
                            owner_team, expectation, expected_csat, moment_of_truth, pain_points, position)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, (select count(*) from journey_touchpoint_card where stage_card_id = ?))""")
                .params(versionId, stageCardId, code, card.name().strip(), card.channel().name(),
                        blankToNull(card.ownerTeam()), blankToNull(card.expectation()), card.expectedCsat(),
                        card.momentOfTruth(), blankToNull(card.painPoints()), stageCardId));
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
                        update journey_touchpoint_card set stage_card_id = ?,
                            position = (select count(*) from journey_touchpoint_card where stage_card_id = ?) where id = ?""")
                .params(toStageCardId, toStageCardId, cardId).update();
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

    List<Long> stageIds(long versionId) {
        return jdbc.sql("select id from journey_stage_card where version_id = ? order by position, id")
                .param(versionId).query(Long.class).list();
    }

    List<Long> touchpointIds(long stageCardId) {
        return jdbc.sql("select id from journey_touchpoint_card where stage_card_id = ? order by position, id")
                .param(stageCardId).query(Long.class).list();
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

    /** The stages of a version in order, each with its touchpoint cards in order. */
    List<StageCard> stages(long versionId) {
        var cards = new LinkedHashMap<Long, List<TouchpointCard>>();
        jdbc.sql("""
                        select * from journey_touchpoint_card where version_id = ? order by stage_card_id, position, id""")
                .param(versionId)
                .query((ResultSet rs) -> {
                    cards.computeIfAbsent(rs.getLong("stage_card_id"), id -> new ArrayList<>()).add(touchpoint(rs));
                });
        return jdbc.sql("select * from journey_stage_card where version_id = ? order by position, id").param(versionId)
                .query((rs, row) -> new StageCard(rs.getLong("id"), rs.getString("stage_code"), rs.getString("name"),
                        rs.getInt("position"), List.copyOf(cards.getOrDefault(rs.getLong("id"), List.of()))))
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
                rs.getInt("position"));
    }
}
