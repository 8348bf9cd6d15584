package org.cxloop.core.touchpoint;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.cxloop.core.Channel;
import org.cxloop.core.stage.StageView;

@Entity
@Table(name = "touchpoint")
class Touchpoint {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String code;
    private String name;

    @Enumerated(EnumType.STRING)
    private Channel channel;

    @Column(name = "stage_id")
    private Long stageId;

    protected Touchpoint() {
    }

    Touchpoint(String code) {
        this.code = code;
    }

    void apply(String name, Channel channel, StageView stage) {
        this.name = name.strip();
        this.channel = channel;
        this.stageId = stage.id();
    }

    long id() {
        return id;
    }

    long stageId() {
        return stageId;
    }

    TouchpointView view(StageView stage) {
        return new TouchpointView(id, code, name, channel, stage.code(), stage.name(), stage.position());
    }
}
