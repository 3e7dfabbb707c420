package org.laborlink.workers.office.domain;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An officer's or admin's account, created by an admin of a region containing its own: who, where, by whom. */
@Entity
@Table(name = "office_account")
public class OfficeAccount {

    /** What the account does for its region. */
    public enum OfficeRole {
        OFFICER, ADMIN;

        public String realmRole() {
            return name().toLowerCase();
        }
    }

    @Id
    public String userId;
    public String username;
    public String email;
    @Enumerated(EnumType.STRING)
    public OfficeRole role;
    public String region;
    public String createdBy;
    public Instant createdAt;
}
