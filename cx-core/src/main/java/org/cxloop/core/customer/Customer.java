package org.cxloop.core.customer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

@Entity
@Table(name = "customer")
class Customer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "external_id", nullable = false, updatable = false)
    private String externalId;

    private String name;
    private String email;
    private String locale;
    private String segment;

    @Column(name = "customer_since")
    private LocalDate customerSince;

    @Column(name = "churned_at")
    private LocalDate churnedAt;

    @Column(name = "marketing_consent")
    private boolean marketingConsent;

    @Column(name = "survey_opt_out")
    private boolean surveyOptOut;

    @Column(name = "created_at", updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    protected Customer() {
    }

    Customer(String externalId, Instant now) {
        this.externalId = externalId;
        this.createdAt = now;
    }

    void apply(CustomerDetails details, Instant now) {
        this.name = details.name().strip();
        this.email = details.email() == null || details.email().isBlank() ? null : details.email().strip().toLowerCase();
        this.locale = details.localeOrDefault();
        this.segment = details.segment() == null || details.segment().isBlank() ? null : details.segment().strip();
        this.customerSince = details.customerSince();
        this.churnedAt = details.churnedAt();
        this.marketingConsent = details.marketingConsent();
        this.surveyOptOut = details.surveyOptOut();
        this.updatedAt = now;
    }

    CustomerView view() {
        return new CustomerView(id, externalId, name, email, locale, segment, customerSince, churnedAt,
                marketingConsent, surveyOptOut, createdAt, updatedAt);
    }
}
