package org.laborlink.events.employers;

import java.time.Instant;

import org.laborlink.events.DomainEvent;
import org.laborlink.events.GeoPoint;
import org.laborlink.events.Nullable;

/**
 * An employer was registered or changed (verified, refused, suspended or reinstated by its labour office, flags set):
 * the employer as it now stands. {@code verified} is true exactly when {@code standing} is VERIFIED; events written
 * before standings existed carry no {@code standing}.
 */
public record EmployerChanged(
        String employerId,
        long version,
        String name,
        String region,
        @Nullable GeoPoint location,
        @Nullable String industry,
        boolean sme,
        boolean labourInputBase,
        boolean povertyAlleviationWorkshop,
        boolean helpingCompany,
        boolean verified,
        Instant changedAt,
        @Nullable Standing standing) implements DomainEvent {

    /** Where an employer stands with its labour office: only a VERIFIED employer's postings are shown to workers. */
    public enum Standing {
        PENDING, VERIFIED, REFUSED, SUSPENDED
    }

    @Override
    public String aggregateId() {
        return employerId;
    }
}
