package org.laborlink.workers.partnerclient.domain;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A partner province's system, known by its Keycloak client id: who created it and who last rotated its secret. */
@Entity
@Table(name = "partner_client")
public class PartnerClient {

    @Id
    public String clientId;
    public String province;
    public String name;
    public String createdBy;
    public Instant createdAt;
    public String rotatedBy;
    public Instant rotatedAt;
}
