package org.cxloop.core.touchpoint;

import jakarta.validation.Valid;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cxloop.core.Codes;
import org.cxloop.core.InvalidInputException;
import org.cxloop.core.NotFoundException;
import org.cxloop.core.stage.JourneyStages;
import org.cxloop.core.stage.StageView;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/** The touchpoints of the journey, each on a stage and a channel. */
@Service
@Validated
@Transactional(readOnly = true)
public class Touchpoints {

    private final TouchpointRepository repository;
    private final JourneyStages stages;
    private final List<TouchpointHistory> histories;

    Touchpoints(TouchpointRepository repository, JourneyStages stages, List<TouchpointHistory> histories) {
        this.repository = repository;
        this.stages = stages;
        this.histories = histories;
    }

    /** Creates the touchpoint with this code, or updates it when it exists. Returns whether it was created. */
    @Transactional
    public boolean save(String code, @Valid TouchpointDetails details) {
        var checked = Codes.check("code", code);
        var stage = stages.find(details.stage()).orElseThrow(
                () -> new InvalidInputException("stage", "touchpoint.stage.unknown", "No journey stage has the code '" + details.stage() + "'."));
        var existing = repository.findByCode(checked);
        var touchpoint = existing.orElseGet(() -> new Touchpoint(checked));
        touchpoint.apply(details.name(), details.channel(), stage);
        repository.saveAndFlush(touchpoint);
        return existing.isEmpty();
    }

    public TouchpointView get(String code) {
        return find(code).orElseThrow(() -> new NotFoundException("No touchpoint has the code '" + code + "'."));
    }

    public Optional<TouchpointView> find(String code) {
        return repository.findByCode(code).map(t -> t.view(stageOf(t)));
    }

    /** Every touchpoint, in journey order: by stage position, then by code. */
    public List<TouchpointView> list() {
        Map<Long, StageView> byId = stages.list().stream().collect(Collectors.toMap(StageView::id, Function.identity()));
        return repository.findAll().stream()
                .map(t -> t.view(byId.get(t.stageId())))
                .sorted(Comparator.comparingInt(TouchpointView::stagePosition).thenComparing(TouchpointView::code))
                .toList();
    }

    /**
     * How many interactions, survey responses and other recorded facts point at the touchpoint with this code;
     * 0 when there is no such touchpoint. A touchpoint with history must be kept so that history stays readable.
     */
    public long historyCount(String code) {
        return repository.findByCode(code)
                .map(t -> histories.stream().mapToLong(h -> h.countFor(t.id())).sum())
                .orElse(0L);
    }

    private StageView stageOf(Touchpoint touchpoint) {
        return stages.list().stream().filter(s -> s.id() == touchpoint.stageId()).findFirst()
                .orElseThrow(() -> new IllegalStateException("Touchpoint without stage"));
    }
}
