package org.cxloop.web.home;

import org.cxloop.core.customer.Customers;
import org.cxloop.core.stage.JourneyStages;
import org.cxloop.core.touchpoint.Touchpoints;
import org.cxloop.survey.response.Responses;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page: what the installation holds so far, and the next step when it holds nothing yet. */
@Controller
class HomeController {

    private final Customers customers;
    private final JourneyStages stages;
    private final Touchpoints touchpoints;
    private final Responses responses;

    HomeController(Customers customers, JourneyStages stages, Touchpoints touchpoints, Responses responses) {
        this.customers = customers;
        this.stages = stages;
        this.touchpoints = touchpoints;
        this.responses = responses;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("overview", new InstallationOverview(
                customers.count(), stages.list().size(), touchpoints.list().size(), responses.count()));
        return "home/home";
    }
}
