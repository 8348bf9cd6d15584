package org.cxloop.core.experiment;

import jakarta.validation.Valid;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.cxloop.core.InvalidInputException;
import org.cxloop.core.NotFoundException;
import org.cxloop.core.settings.SettingsSnapshots;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/** Defines experiments, lists them, ends them, and hands out the assigner that gives interactions their variant. */
@Service
@Validated
@Transactional(readOnly = true)
public class Experiments {

    static final int MAX_VARIANTS = 10;
    private static final String SELECT = """
            select e.*, t.code as touchpoint_code, t.name as touchpoint_name
            from experiment e join touchpoint t on t.id = e.touchpoint_id""";

    private final JdbcClient jdbc;
    private final Clock clock;

    private final SettingsSnapshots settings;

    Experiments(JdbcClient jdbc, Clock clock, SettingsSnapshots settings) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.settings = settings;
    }

    @Transactional
    public long create(@Valid NewExperiment experiment, String createdBy) {
        requireNoNul("name", experiment.name());
        requireNoNul("hypothesis", experiment.hypothesis());
        requireNoNul("touchpoint", experiment.touchpoint());
        requireNoNul("seed", experiment.seed());
        var variants = parseVariants(experiment.variants());
        var seed = experiment.seed() == null || experiment.seed().isBlank() ? null : experiment.seed().strip();
        if (experiment.assignment() == Assignment.RANDOM && seed == null) {
            throw new InvalidInputException("seed", "experiment.seed.required", "A random split needs a seed.");
        }
        var touchpointId = jdbc.sql("select id from touchpoint where code = :code").param("code", experiment.touchpoint().strip())
                .query(Long.class).optional().orElseThrow(() -> new InvalidInputException("touchpoint",
                        "interaction.touchpoint.unknown", "No touchpoint has the code '" + experiment.touchpoint() + "'."));
        var startsAt = experiment.startsOn().atStartOfDay(ZoneOffset.UTC).toInstant();
        var overlapping = jdbc.sql("""
                        select name from experiment
                        where touchpoint_id = :touchpoint and (ends_at is null or ends_at > :startsAt)""")
                .param("touchpoint", touchpointId).param("startsAt", Timestamp.from(startsAt)).query(String.class).list();
        if (!overlapping.isEmpty()) {
            throw new InvalidInputException("touchpoint", "experiment.touchpoint.busy", "The experiment '"
                    + overlapping.getFirst() + "' still runs at this touchpoint then; end it first or start later.");
        }
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into experiment (name, hypothesis, touchpoint_id, assignment, seed, starts_at, created_by, created_at)
                        values (:name, :hypothesis, :touchpoint, :assignment, :seed, :startsAt, :createdBy, :now)""")
                .param("name", experiment.name().strip()).param("hypothesis", experiment.hypothesis().strip())
                .param("touchpoint", touchpointId).param("assignment", experiment.assignment().name())
                .param("seed", experiment.assignment() == Assignment.RANDOM ? seed : null)
                .param("startsAt", Timestamp.from(startsAt)).param("createdBy", createdBy)
                .param("now", Timestamp.from(clock.instant()))
                .update(keys, "id");
        var id = keys.getKey().longValue();
        for (var i = 0; i < variants.size(); i++) {
            jdbc.sql("insert into experiment_variant (experiment_id, position, code) values (:id, :position, :code)")
                    .param("id", id).param("position", i).param("code", variants.get(i)).update();
        }
        return id;
    }

    public List<ExperimentView> list() {
        return withVariants(jdbc.sql(SELECT + " order by e.starts_at desc, e.id desc").query(Experiments::map).list());
    }

    public ExperimentView get(long id) {
        return withVariants(jdbc.sql(SELECT + " where e.id = :id").param("id", id).query(Experiments::map).list()).stream()
                .findFirst().orElseThrow(() -> new NotFoundException("No experiment has the id " + id + "."));
    }

    /** Ends a running experiment now: later interactions and answers at its touchpoint get no variant from it. */
    @Transactional
    public void end(long id) {
        var experiment = get(id);
        var now = clock.instant();
        if (experiment.ended(now)) {
            return;
        }
        var end = now.isAfter(experiment.startsAt()) ? now : experiment.startsAt().plusSeconds(1);
        jdbc.sql("update experiment set ends_at = :end where id = :id").param("end", Timestamp.from(end)).param("id", id).update();
    }

    /** Every experiment, for deciding many variants at once (an import). */
    public VariantAssigner assigner() {
        return new VariantAssigner(list());
    }

    /** The experiments at one touchpoint, for deciding one variant. */
    public VariantAssigner assignerAt(long touchpointId) {
        return new VariantAssigner(settings.get("experiments:" + touchpointId, () -> withVariants(
                jdbc.sql(SELECT + " where e.touchpoint_id = :touchpoint")
                        .param("touchpoint", touchpointId).query(Experiments::map).list())));
    }

    /** PostgreSQL text cannot hold U+0000, so a value with one is refused here rather than failing in the database. */
    private static void requireNoNul(String field, String value) {
        if (value != null && value.indexOf(0) >= 0) {
            throw new InvalidInputException(field, "experiment.text.nul", "The text holds a NUL character, which cannot be stored.");
        }
    }

    static List<String> parseVariants(String text) {
        var variants = Arrays.stream(text.split("[,\\n\\r]+")).map(String::strip).filter(v -> !v.isEmpty()).toList();
        if (variants.size() < 2 || variants.size() > MAX_VARIANTS) {
            throw new InvalidInputException("variants", "experiment.variants.count",
                    "An experiment needs from 2 to " + MAX_VARIANTS + " variants, separated by commas.");
        }
        var seen = new HashSet<String>();
        for (var variant : variants) {
            if (!variant.matches("[A-Za-z0-9_-]{1,50}")) {
                throw new InvalidInputException("variants", "experiment.variants.format",
                        "Variant codes use letters, digits, '-' and '_' (at most 50).");
            }
            if (!seen.add(variant.toLowerCase(Locale.ROOT))) {
                throw new InvalidInputException("variants", "experiment.variants.duplicate", "Each variant must be different.");
            }
        }
        return variants;
    }

    private List<ExperimentView> withVariants(List<ExperimentView> experiments) {
        if (experiments.isEmpty()) {
            return experiments;
        }
        Map<Long, List<String>> variants = jdbc.sql("""
                        select experiment_id, code from experiment_variant where experiment_id in (:ids)
                        order by experiment_id, position""")
                .param("ids", experiments.stream().map(ExperimentView::id).toList())
                .query((rs, n) -> Map.entry(rs.getLong("experiment_id"), rs.getString("code"))).list().stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        return experiments.stream().map(e -> new ExperimentView(e.id(), e.name(), e.hypothesis(), e.touchpointId(),
                e.touchpointCode(), e.touchpointName(), e.assignment(), e.seed(), variants.getOrDefault(e.id(), List.of()),
                e.startsAt(), e.endsAt(), e.createdBy(), e.createdAt())).toList();
    }

    private static ExperimentView map(ResultSet rs, int row) throws SQLException {
        var endsAt = rs.getTimestamp("ends_at");
        return new ExperimentView(rs.getLong("id"), rs.getString("name"), rs.getString("hypothesis"),
                rs.getLong("touchpoint_id"), rs.getString("touchpoint_code"), rs.getString("touchpoint_name"),
                Assignment.valueOf(rs.getString("assignment")), rs.getString("seed"), List.of(),
                rs.getTimestamp("starts_at").toInstant(), endsAt == null ? null : endsAt.toInstant(),
                rs.getString("created_by"), rs.getTimestamp("created_at").toInstant());
    }
}
