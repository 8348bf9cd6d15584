package org.cxloop.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.cxloop.core.customer.CustomerDetails;
import org.cxloop.core.customer.CustomerView;
import org.cxloop.core.customer.Customers;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

@RestController
@RequestMapping("/api/v1/customers")
@Tag(name = "Customers", description = "The customer register, keyed by the id other systems use (external id).")
class CustomerApi {

    private final Customers customers;

    CustomerApi(Customers customers) {
        this.customers = customers;
    }

    @PutMapping("/{externalId}")
    @Operation(summary = "Create or update a customer by external id",
            description = "201 when the customer is new, 200 when an existing one was updated.")
    ResponseEntity<CustomerView> save(@PathVariable String externalId, @RequestBody CustomerDetails details) {
        var saved = customers.save(externalId, details);
        if (saved.created()) {
            var location = ServletUriComponentsBuilder.fromCurrentRequest().build().toUri();
            return ResponseEntity.created(location).body(saved.value());
        }
        return ResponseEntity.ok(saved.value());
    }

    @GetMapping("/{externalId}")
    @Operation(summary = "Read a customer")
    CustomerView get(@PathVariable String externalId) {
        return customers.get(externalId);
    }

    @GetMapping
    @Operation(summary = "List customers, newest first, optionally searching name, email and external id")
    PageResource<CustomerView> list(@RequestParam(required = false) String search,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
        var pageable = PageRequest.of(page, size, Sort.by(Sort.Direction.DESC, "id"));
        return PageResource.of(customers.list(search, pageable), c -> c);
    }
}
