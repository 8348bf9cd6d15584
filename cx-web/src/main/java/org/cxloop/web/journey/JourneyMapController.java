package org.cxloop.web.journey;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.cxloop.core.NotFoundException;
import org.cxloop.journey.map.JourneyMaps;
import org.cxloop.journey.map.StageCard;
import org.cxloop.journey.map.TouchpointCard;
import org.cxloop.journey.map.VersionStatus;
import org.cxloop.journey.map.JourneyMap;
import org.cxloop.metrics.CardScores;
import org.cxloop.metrics.JourneyMetrics;
import org.cxloop.web.csv.CsvDownload;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

@Controller
@RequestMapping("/journeys")
class JourneyMapController {

    private final JourneyMaps maps;
    private final JourneyMetrics metrics;

    JourneyMapController(JourneyMaps maps, JourneyMetrics metrics) {
        this.maps = maps;
        this.metrics = metrics;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("journeys", maps.list(false));
        model.addAttribute("archived", maps.list(true));
        return "journeys/list";
    }

    /**
     * The as-is map, or another version of the same journey when one is asked for, with the live figures of the
     * period from {@code from} to {@code to} (the last 90 days by default), and the names of what it archived.
     */
    @GetMapping("/{id}")
    String map(@PathVariable long id, @RequestParam(required = false) Long version,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Model model) {
        var map = map(id, version);
        var figures = metrics.figures(map, metrics.periodOrRecent(from, to));
        model.addAttribute("map", map);
        model.addAttribute("versions", maps.versions(id));
        model.addAttribute("figures", figures);
        model.addAttribute("curve", EmotionCurve.of(figures));
        model.addAttribute("csvLink", UriComponentsBuilder.fromPath("/journeys/{id}/figures.csv")
                .queryParamIfPresent("version", Optional.ofNullable(version))
                .queryParam("from", figures.period().from()).queryParam("to", figures.period().to())
                .buildAndExpand(id).toUriString());
        var archived = maps.archivedCards(map.version().id());
        model.addAttribute("archivedNames", Stream.concat(archived.stages().stream().map(StageCard::name),
                archived.cardsOnActiveStages().stream().flatMap(s -> s.touchpoints().stream()).map(TouchpointCard::name))
                .collect(Collectors.joining(", ")));
        return "journeys/map";
    }

    /**
     * The map's figures as the page shows them: one row per stage column (touchpoint empty) followed by its cards, each
     * with NPS, CSAT, mean CSAT (the emotion curve for a column) and CES, and a card's expectation gap.
     */
    @GetMapping("/{id}/figures.csv")
    void figuresCsv(@PathVariable long id, @RequestParam(required = false) Long version,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            HttpServletResponse response) throws IOException {
        var figures = metrics.figures(map(id, version), metrics.periodOrRecent(from, to));
        var period = figures.period();
        try (var csv = CsvDownload.start(response, "journey-" + id + "-" + period.from() + "-" + period.to() + ".csv",
                "stage", "stage_name", "touchpoint", "touchpoint_name", "nps", "nps_responses", "csat", "csat_responses",
                "mean_csat", "ces", "ces_responses", "expected_csat", "gap", "standing")) {
            for (var stage : figures.stages()) {
                csv.row(row(stage.code(), stage.name(), null, null, stage.scores(), null, null, null));
                for (var card : stage.touchpoints()) {
                    var gap = card.gap();
                    csv.row(row(stage.code(), stage.name(), card.code(), card.name(), card.scores(), gap.expected(),
                            gap.gap(), gap.standing()));
                }
            }
        }
    }

    private static Object[] row(String stage, String stageName, String touchpoint, String touchpointName, CardScores s,
            Integer expected, Double gap, Object standing) {
        return new Object[] {stage, stageName, touchpoint, touchpointName, s.nps().score(), s.nps().responses(),
                s.csat().score(), s.csat().responses(), s.meanCsat().mean(), s.ces().average(), s.ces().responses(),
                expected, gap, standing};
    }

    private JourneyMap map(long id, Long version) {
        var map = version == null ? maps.currentMap(id) : maps.map(version);
        if (map.journey().id() != id) {
            throw new NotFoundException("Journey " + id + " has no version " + version + ".");
        }
        return map;
    }

    @GetMapping("/{id}/versions/{version}/compare")
    String compare(@PathVariable long id, @PathVariable long version, Model model) {
        var comparison = maps.compareWithAsIs(version);
        if (comparison.other().journey().id() != id || comparison.other().version().status() == VersionStatus.AS_IS) {
            throw new NotFoundException("Journey " + id + " has no version " + version + " to compare with its as-is.");
        }
        model.addAttribute("comparison", comparison);
        model.addAttribute("sides", List.of(comparison.asIs(), comparison.other()));
        return "journeys/compare";
    }
}
