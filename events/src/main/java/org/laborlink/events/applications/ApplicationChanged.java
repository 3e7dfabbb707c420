package org.laborlink.events.applications;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.laborlink.events.DomainEvent;
import org.laborlink.events.Nullable;

/**
 * A worker's application to a posting was made or moved on: applied, offered, rejected, hired (the worker accepted
 * the offer) or withdrawn. {@code fairId} names the job fair it was made at, if any. Added compatibly (null from
 * older producers): the worker's household region and the posting's occupation and work region as they stood when
 * the application was made, which matching learns from (where a county's workers apply and are hired).
 */
public record ApplicationChanged(
        String applicationId,
        long version,
        String postingId,
        String workerId,
        String employerId,
        Status status,
        @Nullable String fairId,
        Instant changedAt,
        @Nullable String householdRegion,
        @Nullable String occupationCode,
        @Nullable String workRegion) implements DomainEvent {

    @Schema(name = "ApplicationStatus")
    public enum Status {
        APPLIED, OFFERED, REJECTED, HIRED, WITHDRAWN
    }

    @Override
    public String aggregateId() {
        return applicationId;
    }
}
