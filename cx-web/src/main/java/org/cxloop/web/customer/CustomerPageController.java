package org.cxloop.web.customer;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.cxloop.core.NotFoundException;
import org.cxloop.core.customer.CustomerView;
import org.cxloop.core.customer.Customers;
import org.cxloop.survey.timeline.CustomerTimeline;
import org.cxloop.web.csv.CsvDownload;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * One customer: segment and status (active or churned, opted out of surveys) and their timeline across channels,
 * newest first, {@value CustomerTimeline#PAGE_SIZE} entries a page.
 */
@Controller
class CustomerPageController {

    private final Customers customers;
    private final CustomerTimeline timeline;

    CustomerPageController(Customers customers, CustomerTimeline timeline) {
        this.customers = customers;
        this.timeline = timeline;
    }

    @GetMapping("/customers/{externalId}")
    String customer(@PathVariable String externalId, @RequestParam(defaultValue = "0") int page, Model model) {
        var found = customer(externalId);
        model.addAttribute("customer", found);
        model.addAttribute("timeline", timeline.page(found.id(), page));
        model.addAttribute("timelineCsvLink", UriComponentsBuilder.fromPath("/customers/{id}/timeline.csv")
                .buildAndExpand(found.externalId()).encode().toUriString());
        return "customers/customer";
    }

    /** The whole timeline, newest first, one row per interaction, invitation, answer or case. */
    @GetMapping("/customers/{externalId}/timeline.csv")
    void timelineCsv(@PathVariable String externalId, HttpServletResponse response) throws IOException {
        var found = customer(externalId);
        var page = timeline.page(found.id(), 0);
        try (var csv = CsvDownload.start(response, "customer-" + found.id() + "-timeline.csv",
                "at", "kind", "touchpoint", "touchpoint_name", "channel", "title", "state", "survey_type", "score",
                "comment")) {
            while (true) {
                for (var e : page.entries()) {
                    csv.row(e.at(), e.kind(), e.touchpointCode(), e.touchpointName(), e.channel(), e.title(), e.state(),
                            e.surveyType(), e.score(), e.comment());
                }
                if (!page.hasMore() || page.page() >= CustomerTimeline.MAX_PAGE) {
                    break;
                }
                page = timeline.page(found.id(), page.page() + 1);
            }
        }
    }

    private CustomerView customer(String externalId) {
        // an id no customer can have (too long, or with a NUL the database would refuse) never reaches the database
        var readable = externalId.length() <= 100 && externalId.chars().noneMatch(Character::isISOControl);
        return (readable ? customers.find(externalId) : Optional.<CustomerView>empty())
                .orElseThrow(() -> new NotFoundException("No customer has the external id '" + externalId + "'."));
    }
}
