package org.laborlink.workers.account.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.laborlink.events.accounts.AccountKind;
import org.laborlink.events.accounts.AccountLinked;
import org.laborlink.events.accounts.AccountUnlinked;

/**
 * A Keycloak account the platform linked to a labour file: the worker proved who they are (ID and phone numbers
 * matched against the file) or typed the one-time code an officer handed them. Kept after unlinking, as the record
 * of who could act as the worker.
 */
@Entity
@Table(name = "labour_file_account")
public class LabourFileAccount {

    /** How the account came to be linked. */
    public enum How {
        ID_AND_PHONE, OFFICER_CODE
    }

    @Id
    public UUID id;
    public UUID workerId;
    public String userId;
    public String username;
    public String linkedBy;
    @Enumerated(EnumType.STRING)
    public How linkedHow;
    public Instant linkedAt;
    public String removedBy;
    public Instant removedAt;

    public static LabourFileAccount link(UUID workerId, String userId, String username, How how, String by, Instant now) {
        LabourFileAccount a = new LabourFileAccount();
        a.id = UUID.randomUUID();
        a.workerId = workerId;
        a.userId = userId;
        a.username = username;
        a.linkedHow = how;
        a.linkedBy = by;
        a.linkedAt = now;
        return a;
    }

    public void remove(String by, Instant now) {
        removedBy = by;
        removedAt = now;
    }

    public AccountLinked linked() {
        return new AccountLinked(id.toString(), 1, userId, AccountKind.WORKER, workerId.toString(), "worker", linkedBy, linkedAt);
    }

    public AccountUnlinked unlinked() {
        return new AccountUnlinked(id.toString(), 2, userId, AccountKind.WORKER, workerId.toString(), removedBy, removedAt);
    }
}
