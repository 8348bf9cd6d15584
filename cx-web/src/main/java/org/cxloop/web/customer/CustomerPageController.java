package org.cxloop.web.customer;

import org.cxloop.core.NotFoundException;
import org.cxloop.core.customer.Customers;
import org.cxloop.survey.timeline.CustomerTimeline;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

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
        var customer = customers.find(externalId)
                .orElseThrow(() -> new NotFoundException("No customer has the external id '" + externalId + "'."));
        model.addAttribute("customer", customer);
        model.addAttribute("timeline", timeline.page(customer.id(), page));
        return "customers/customer";
    }
}
