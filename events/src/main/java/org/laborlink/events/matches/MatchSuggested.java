package org.laborlink.events.matches;

import java.time.Instant;
import java.util.List;

import org.laborlink.events.DomainEvent;

/**
 * A newly published posting suits a worker among the best few: for notifications ("a job for you"). Keyed by the
 * worker, so one worker's suggestions stay in order. {@code rank} is the worker's place among the posting's
 * candidates (1 = best); {@code reasons} are the plain-language reasons, in English, that the worker would see.
 */
public record MatchSuggested(String postingId, long postingVersion, String workerId, int rank, double score,
        List<String> reasons, Instant suggestedAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return workerId;
    }

    /** The version of the posting suggested. */
    @Override
    public long version() {
        return postingVersion;
    }
}
