package org.laborlink.training.provider.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A Keycloak account the platform linked to a training provider (its staff who registered it). */
@Entity
@Table(name = "provider_account")
public class ProviderAccount {

    @Id
    public UUID id;
    public String providerId;
    public String userId;
    public String username;
    public String linkedBy;
    public Instant linkedAt;
    public String removedBy;
    public Instant removedAt;

    public static ProviderAccount link(String providerId, String userId, String username, String by, Instant now) {
        ProviderAccount a = new ProviderAccount();
        a.id = UUID.randomUUID();
        a.providerId = providerId;
        a.userId = userId;
        a.username = username;
        a.linkedBy = by;
        a.linkedAt = now;
        return a;
    }
}
