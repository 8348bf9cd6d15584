package org.cxloop.web.dashboard;

import org.cxloop.metrics.score.NpsDriver;

/** A touchpoint pulling NPS down: its name, detractors among its answers and the NPS points they cost overall. */
public record DriverRow(String code, String name, long detractors, long responses, Double detractorShare, Double impact) {

    static DriverRow of(NpsDriver driver, String name) {
        return new DriverRow(driver.key(), name, driver.detractors(), driver.responses(), driver.detractorShare(),
                driver.impact());
    }
}
