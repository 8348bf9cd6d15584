package org.cxloop.core.stage;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import org.cxloop.core.Codes;
import org.cxloop.core.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/** The ordered stages of the customer journey. */
@Service
@Validated
@Transactional(readOnly = true)
public class JourneyStages {

    private final JourneyStageRepository repository;

    JourneyStages(JourneyStageRepository repository) {
        this.repository = repository;
    }

    /** Creates the stage with this code, or updates it when it exists. Returns whether it was created. */
    @Transactional
    public boolean save(String code, @Valid StageDetails details) {
        var checked = Codes.check("code", code);
        var existing = repository.findByCode(checked);
        var stage = existing.orElseGet(() -> new JourneyStage(checked));
        stage.apply(details);
        repository.saveAndFlush(stage);
        return existing.isEmpty();
    }

    public StageView get(String code) {
        return find(code).orElseThrow(() -> new NotFoundException("No journey stage has the code '" + code + "'."));
    }

    public Optional<StageView> find(String code) {
        return repository.findByCode(code).map(JourneyStage::view);
    }

    public List<StageView> list() {
        return repository.findAllByOrderByPositionAscCodeAsc().stream().map(JourneyStage::view).toList();
    }
}
