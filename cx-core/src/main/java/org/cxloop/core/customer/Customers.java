package org.cxloop.core.customer;

import jakarta.validation.Valid;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.cxloop.core.InvalidInputException;
import org.cxloop.core.NotFoundException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/** The customer register: create or update by external id, read, list and search. */
@Service
@Validated
@Transactional(readOnly = true)
public class Customers {

    private final CustomerRepository repository;
    private final Clock clock;

    Customers(CustomerRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /** Creates the customer with this external id, or updates it when it exists already. */
    @Transactional
    public Saved<CustomerView> save(String externalId, @Valid CustomerDetails details) {
        var id = ExternalIds.check(externalId);
        if (details.churnedAt() != null && details.churnedAt().isBefore(details.customerSince())) {
            throw new InvalidInputException("churnedAt", "customer.churnedAt.beforeSince", "The churn date cannot be before the customer-since date.");
        }
        var now = clock.instant();
        var existing = repository.findByExternalId(id);
        var customer = existing.orElseGet(() -> new Customer(id, now));
        customer.apply(details, now);
        var saved = repository.saveAndFlush(customer);
        return new Saved<>(saved.view(), existing.isEmpty());
    }

    public CustomerView get(String externalId) {
        return find(externalId)
                .orElseThrow(() -> new NotFoundException("No customer has the external id '" + externalId + "'."));
    }

    public Optional<CustomerView> find(String externalId) {
        return repository.findByExternalId(externalId).map(Customer::view);
    }

    public Page<CustomerView> list(String search, Pageable pageable) {
        if (search == null || search.isBlank()) {
            return repository.findAll(pageable).map(Customer::view);
        }
        var pattern = "%" + search.strip().toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return repository.search(pattern, pageable).map(Customer::view);
    }

    /** The segments (buyer personas) customers belong to, alphabetically. */
    public List<String> segments() {
        return repository.findDistinctSegments();
    }

    public long count() {
        return repository.count();
    }

    /** A saved value and whether saving created it. */
    public record Saved<T>(T value, boolean created) {
    }
}
