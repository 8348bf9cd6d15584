package org.cxloop.core.interaction;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "interaction")
class Interaction {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "customer_id")
    private long customerId;

    @Column(name = "touchpoint_id")
    private long touchpointId;

    @Column(name = "occurred_at")
    private Instant occurredAt;

    @Column(name = "resolved_on_first_contact")
    private boolean resolvedOnFirstContact;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    @Column(name = "variant")
    private String variant;

    protected Interaction() {
    }

    Interaction(long customerId, long touchpointId, InteractionDetails details, String variant) {
        this.customerId = customerId;
        this.touchpointId = touchpointId;
        this.occurredAt = details.occurredAt();
        this.resolvedOnFirstContact = details.resolvedOnFirstContact();
        this.resolvedAt = details.resolvedAt();
        this.variant = variant;
    }

    long id() {
        return id;
    }
}
