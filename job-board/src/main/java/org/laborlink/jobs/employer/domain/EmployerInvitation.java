package org.laborlink.jobs.employer.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.laborlink.platform.accounts.OneTimeCode;

/**
 * An invitation to act for an employer, made by its account admin (or an officer of its region, for an employer that
 * has none yet) for a colleague's e-mail address or phone number. Its code is shown once to the inviter, who hands it
 * over ({@link OneTimeCode}); only its SHA-256 is kept. One use, for {@link #LIFETIME}.
 */
@Entity
@Table(name = "employer_invitation")
public class EmployerInvitation {

    public static final Duration LIFETIME = Duration.ofDays(7);

    @Id
    public UUID id;
    public UUID employerId;
    public String email;
    public String phone;
    public String codeHash;
    /** Accepting it makes the account an account admin (the first HR of an employer an officer registered). */
    public boolean accountAdmin;
    public String madeBy;
    public Instant madeAt;
    public Instant expiresAt;
    public String acceptedBy;
    public Instant acceptedAt;

    /** A new invitation and its code (returned once, never stored). */
    public record Issued(EmployerInvitation invitation, String code) {
    }

    public static Issued issue(UUID employerId, String email, String phone, boolean accountAdmin, String madeBy, Instant now) {
        String code = OneTimeCode.issue();
        EmployerInvitation inv = new EmployerInvitation();
        inv.id = UUID.randomUUID();
        inv.employerId = employerId;
        inv.email = email;
        inv.phone = phone;
        inv.codeHash = OneTimeCode.hash(code);
        inv.accountAdmin = accountAdmin;
        inv.madeBy = madeBy;
        inv.madeAt = now;
        inv.expiresAt = now.plus(LIFETIME);
        return new Issued(inv, code);
    }

    public boolean used() {
        return acceptedAt != null;
    }

    public boolean expired(Instant now) {
        return !now.isBefore(expiresAt);
    }

    public void accept(String userId, Instant now) {
        acceptedBy = userId;
        acceptedAt = now;
    }
}
