package org.cxloop.web.experiments;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.cxloop.core.experiment.Assignment;
import org.cxloop.core.experiment.NewExperiment;
import org.springframework.validation.BindingResult;

/** The new-experiment form as typed: plain text, so any input comes back to the form with a message. */
record ExperimentForm(String name, String hypothesis, String touchpoint, String variants, String assignment, String seed,
        String startsOn) {

    /** The experiment to create, or null after rejecting the fields that do not convert. */
    NewExperiment toNewExperiment(BindingResult result) {
        Assignment parsedAssignment = null;
        try {
            parsedAssignment = assignment == null || assignment.isBlank() ? null : Assignment.valueOf(assignment);
        } catch (IllegalArgumentException e) {
            result.rejectValue("assignment", "experiment.assignment.required", "Choose how customers are assigned.");
        }
        LocalDate parsedStart = null;
        try {
            parsedStart = startsOn == null || startsOn.isBlank() ? null : LocalDate.parse(startsOn.strip());
        } catch (DateTimeParseException e) {
            result.rejectValue("startsOn", "experiment.startsOn.format", "Give the start as a date (2026-11-23).");
        }
        return result.hasErrors() ? null
                : new NewExperiment(name, hypothesis, touchpoint, variants, parsedAssignment, seed, parsedStart);
    }
}
