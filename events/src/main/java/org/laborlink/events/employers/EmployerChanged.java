package org.laborlink.events.employers;

import java.time.Instant;

import org.laborlink.events.DomainEvent;
import org.laborlink.events.GeoPoint;
import org.laborlink.events.Nullable;

/** An employer was registered or changed (verified by its labour office, flags set): the employer as it now stands. */
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
        Instant changedAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return employerId;
    }
}
