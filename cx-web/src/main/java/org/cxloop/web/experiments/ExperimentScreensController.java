package org.cxloop.web.experiments;

import jakarta.validation.ConstraintViolationException;
import java.security.Principal;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HexFormat;
import org.cxloop.core.InvalidInputException;
import org.cxloop.core.experiment.Assignment;
import org.cxloop.core.experiment.Experiments;
import org.cxloop.core.touchpoint.Touchpoints;
import org.cxloop.metrics.experiment.ExperimentResults;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequestMapping("/experiments")
class ExperimentScreensController {

    private final Experiments experiments;
    private final ExperimentResults results;
    private final Touchpoints touchpoints;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    ExperimentScreensController(Experiments experiments, ExperimentResults results, Touchpoints touchpoints, Clock clock) {
        this.experiments = experiments;
        this.results = results;
        this.touchpoints = touchpoints;
        this.clock = clock;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("experiments", experiments.list());
        model.addAttribute("now", clock.instant());
        return "experiments/list";
    }

    @GetMapping("/new")
    String newExperiment(Model model) {
        var seed = new byte[6];
        random.nextBytes(seed);
        model.addAttribute("form", new ExperimentForm("", "", "", "control, new", Assignment.RANDOM.name(),
                HexFormat.of().formatHex(seed), LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).toString()));
        return form(model);
    }

    @PostMapping
    String create(@ModelAttribute("form") ExperimentForm form, BindingResult result, Principal principal, Model model,
            RedirectAttributes redirect) {
        var experiment = form.toNewExperiment(result);
        if (experiment != null) {
            try {
                var id = experiments.create(experiment, principal.getName());
                redirect.addFlashAttribute("success", "experiments.created");
                return "redirect:/experiments/" + id;
            } catch (ConstraintViolationException e) {
                for (var violation : e.getConstraintViolations()) {
                    var path = violation.getPropertyPath().toString();
                    var field = path.substring(path.lastIndexOf('.') + 1);
                    if (result.getFieldErrorCount(field) == 0) {
                        result.rejectValue(field, "", violation.getMessage());
                    }
                }
            } catch (InvalidInputException e) {
                result.rejectValue(e.field(), e.code(), e.getMessage());
            }
        }
        return form(model);
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model) {
        var experiment = experiments.get(id);
        model.addAttribute("comparison", results.compare(experiment));
        model.addAttribute("running", !experiment.ended(clock.instant()));
        return "experiments/detail";
    }

    @PostMapping("/{id}/end")
    String end(@PathVariable long id, RedirectAttributes redirect) {
        experiments.end(id);
        redirect.addFlashAttribute("success", "experiments.endedNow");
        return "redirect:/experiments/" + id;
    }

    private String form(Model model) {
        model.addAttribute("touchpoints", touchpoints.list());
        model.addAttribute("assignments", Assignment.values());
        return "experiments/form";
    }
}
