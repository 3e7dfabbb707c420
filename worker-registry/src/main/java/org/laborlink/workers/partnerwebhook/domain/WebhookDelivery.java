package org.laborlink.workers.partnerwebhook.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One message to one subscription, with how its attempts went; its id is the webhook-id every attempt carries. */
@Entity
@Table(name = "webhook_delivery")
public class WebhookDelivery {

    /** Where a delivery stands. */
    public enum Status {
        PENDING, DELIVERED, DEAD
    }

    @Id
    public String id;
    public UUID subscriptionId;
    public String eventType;
    public String payload;
    @Enumerated(EnumType.STRING)
    public Status status;
    public int attempts;
    public Instant nextAttemptAt;
    public Instant giveUpAt;
    public Instant lastAttemptAt;
    public Integer lastResponse;
    public String lastError;
    public Instant createdAt;
    public Instant deliveredAt;
}
