package org.cxloop.web.customer;

import java.util.Optional;
import org.cxloop.core.NotFoundException;
import org.cxloop.core.customer.CustomerView;
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
        // an id no customer can have (too long, or with a NUL the database would refuse) never reaches the database
        var readable = externalId.length() <= 100 && externalId.chars().noneMatch(Character::isISOControl);
        var found = (readable ? customers.find(externalId) : Optional.<CustomerView>empty())
                .orElseThrow(() -> new NotFoundException("No customer has the external id '" + externalId + "'."));
        model.addAttribute("customer", found);
        model.addAttribute("timeline", timeline.page(found.id(), page));
        return "customers/customer";
    }
}
