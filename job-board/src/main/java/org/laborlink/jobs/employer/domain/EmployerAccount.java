package org.laborlink.jobs.employer.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.laborlink.events.accounts.AccountKind;
import org.laborlink.events.accounts.AccountLinked;
import org.laborlink.events.accounts.AccountUnlinked;

/**
 * A Keycloak account that acts for an employer (its HR): linked by the platform when its owner registers the
 * employer (then its account admin) or accepts an invitation, until it is removed. Rows are never deleted: they are
 * the record of who could act for the employer, when, and who decided it.
 */
@Entity
@Table(name = "employer_account")
public class EmployerAccount {

    /** The realm role an HR account holds while linked. */
    public static final String EMPLOYER_ROLE = "employer";

    @Id
    public UUID id;
    public UUID employerId;
    /** The Keycloak user id (the token's subject). */
    public String userId;
    public String username;
    public String email;
    /** An account admin invites and removes the employer's other accounts. */
    public boolean accountAdmin;
    public String linkedBy;
    public Instant linkedAt;
    public String removedBy;
    public Instant removedAt;

    public static EmployerAccount link(UUID employerId, String userId, String username, String email, boolean accountAdmin,
            String linkedBy, Instant now) {
        EmployerAccount a = new EmployerAccount();
        a.id = UUID.randomUUID();
        a.employerId = employerId;
        a.userId = userId;
        a.username = username;
        a.email = email;
        a.accountAdmin = accountAdmin;
        a.linkedBy = linkedBy;
        a.linkedAt = now;
        return a;
    }

    public boolean live() {
        return removedAt == null;
    }

    public void remove(String by, Instant now) {
        removedBy = by;
        removedAt = now;
    }

    public AccountLinked linked() {
        return new AccountLinked(id.toString(), 1, userId, AccountKind.EMPLOYER_HR, employerId.toString(),
                EMPLOYER_ROLE, linkedBy, linkedAt);
    }

    public AccountUnlinked unlinked() {
        return new AccountUnlinked(id.toString(), 2, userId, AccountKind.EMPLOYER_HR, employerId.toString(), removedBy, removedAt);
    }
}
