package org.laborlink.workers.account.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.laborlink.platform.accounts.OneTimeCode;

/**
 * A one-time code an officer of the household region issues for a labour file and hands over at a visit (a worker
 * without the phone on file, or whose number changed): typing it links the worker's account to the file, replacing
 * any account linked before. Only its SHA-256 is kept; one use, for {@link #LIFETIME}.
 */
@Entity
@Table(name = "labour_file_link_code")
public class LinkCode {

    public static final Duration LIFETIME = Duration.ofDays(3);

    @Id
    public UUID id;
    public UUID workerId;
    public String codeHash;
    public String madeBy;
    public Instant madeAt;
    public Instant expiresAt;
    public String usedBy;
    public Instant usedAt;

    /** A new code and its text (returned once, never stored). */
    public record Issued(LinkCode code, String text) {
    }

    public static Issued issue(UUID workerId, String officer, Instant now) {
        String text = OneTimeCode.issue();
        LinkCode c = new LinkCode();
        c.id = UUID.randomUUID();
        c.workerId = workerId;
        c.codeHash = OneTimeCode.hash(text);
        c.madeBy = officer;
        c.madeAt = now;
        c.expiresAt = now.plus(LIFETIME);
        return new Issued(c, text);
    }

    public boolean used() {
        return usedAt != null;
    }

    public boolean expired(Instant now) {
        return !now.isBefore(expiresAt);
    }

    public void use(String userId, Instant now) {
        usedBy = userId;
        usedAt = now;
    }
}
