package org.cxloop.metrics;

import java.util.List;
import org.cxloop.metrics.score.NpsDriver;

/** The touchpoints and the journey stages that pull NPS down, each list ranked by impact, largest first. */
public record NpsDrivers(List<NpsDriver> touchpoints, List<NpsDriver> stages) {
}
