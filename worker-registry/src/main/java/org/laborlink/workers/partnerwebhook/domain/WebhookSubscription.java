package org.laborlink.workers.partnerwebhook.domain;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Where a partner province wants which news of its own workers POSTed, and the secrets deliveries are signed with. */
@Entity
@Table(name = "webhook_subscription")
public class WebhookSubscription {

    @Id
    public UUID id;
    public String province;
    public String url;
    /** Wire names, comma-separated. */
    public String eventTypes;
    public byte[] secretCipher;
    public byte[] previousSecretCipher;
    public Instant previousSecretUntil;
    public String createdBy;
    public Instant createdAt;
    public Instant rotatedAt;

    public List<String> eventTypeNames() {
        return Arrays.asList(eventTypes.split(","));
    }

    public boolean wants(WebhookEventType type) {
        return eventTypeNames().contains(type.wireName());
    }
}
