package org.laborlink.jobs.employer.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An invitation to act for an employer, made by its account admin (or an officer of its region, for an employer that
 * has none yet) for a colleague's e-mail address or phone number. Its code is shown once to the inviter, who hands it
 * over; only the code's SHA-256 is kept. One use, for {@link #LIFETIME}.
 */
@Entity
@Table(name = "employer_invitation")
public class EmployerInvitation {

    public static final Duration LIFETIME = Duration.ofDays(7);
    /** Crockford's base32: no I, L, O or U to misread when the code is read out or typed from a phone. */
    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final int CODE_LENGTH = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

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
        StringBuilder code = new StringBuilder(CODE_LENGTH);
        for (int i = 0; i < CODE_LENGTH; i++) {
            code.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        EmployerInvitation inv = new EmployerInvitation();
        inv.id = UUID.randomUUID();
        inv.employerId = employerId;
        inv.email = email;
        inv.phone = phone;
        inv.codeHash = hash(code.toString());
        inv.accountAdmin = accountAdmin;
        inv.madeBy = madeBy;
        inv.madeAt = now;
        inv.expiresAt = now.plus(LIFETIME);
        return new Issued(inv, code.toString());
    }

    /** The stored form of a code as a person typed it (case, spaces and dashes do not matter). */
    public static String hash(String code) {
        String normal = code.strip().toUpperCase().replace("-", "").replace(" ", "");
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(normal.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
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
