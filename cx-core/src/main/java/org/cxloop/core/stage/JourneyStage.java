package org.cxloop.core.stage;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "journey_stage")
class JourneyStage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String code;
    private String name;
    private int position;

    protected JourneyStage() {
    }

    JourneyStage(String code) {
        this.code = code;
    }

    void apply(StageDetails details) {
        this.name = details.name().strip();
        this.position = details.position();
    }

    StageView view() {
        return new StageView(id, code, name, position);
    }
}
