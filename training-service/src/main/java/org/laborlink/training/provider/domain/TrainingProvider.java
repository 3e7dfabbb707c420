package org.laborlink.training.provider.domain;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.laborlink.platform.problem.ProblemException;

/**
 * A training provider (a vocational school, a training centre): its unified social credit code, its region, and
 * where it stands with the labour office of that region. Only a VERIFIED provider offers courses.
 */
@Entity
@Table(name = "training_provider")
public class TrainingProvider {

    /** PENDING until an officer of its region verifies it (VERIFIED) or refuses it (REFUSED, with the reason). */
    public enum Standing {
        PENDING, VERIFIED, REFUSED
    }

    @Id
    public String id;
    public long version;
    public String name;
    public String creditCode;
    public String region;
    public String address;
    @Enumerated(EnumType.STRING)
    public Standing standing;
    public String standingReason;
    public String standingBy;
    public Instant standingAt;
    public String registeredBy;
    public Instant registeredAt;
    public Instant updatedAt;

    /** Verifies a pending (or refused, on a second look) provider; false when it was verified already. */
    public boolean verify(String officer, Instant now) {
        if (standing == Standing.VERIFIED) {
            return false;
        }
        stand(Standing.VERIFIED, null, officer, now);
        return true;
    }

    public void refuse(String reason, String officer, Instant now) {
        if (standing != Standing.PENDING) {
            throw ProblemException.conflict("provider-standing", "provider " + id + " is " + standing
                    + ", only a pending provider can be refused");
        }
        stand(Standing.REFUSED, reason, officer, now);
    }

    private void stand(Standing to, String reason, String officer, Instant now) {
        standing = to;
        standingReason = reason;
        standingBy = officer;
        standingAt = now;
        version++;
        updatedAt = now;
    }
}
