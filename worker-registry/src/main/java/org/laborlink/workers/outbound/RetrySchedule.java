package org.laborlink.workers.outbound;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When to try a failed delivery again: after {@code first}, doubling with each attempt up to {@code longest}, for as
 * long as {@code retryFor} from the first attempt's deadline allows; after that, never.
 */
public record RetrySchedule(Duration first, Duration longest, Duration retryFor) {

    /** The time of the attempt after {@code attempts} failed ones, or empty when the delivery gives up at {@code giveUpAt}. */
    public Optional<Instant> next(Instant now, int attempts, Instant giveUpAt) {
        long doublings = Math.min(Math.max(attempts - 1, 0), 30);
        Duration wait = first.multipliedBy(1L << doublings);
        if (wait.compareTo(longest) > 0) {
            wait = longest;
        }
        Instant next = now.plus(wait);
        return next.isAfter(giveUpAt) ? Optional.empty() : Optional.of(next);
    }

    /** The deadline of a delivery first tried at {@code now}. */
    public Instant giveUpAt(Instant now) {
        return now.plus(retryFor);
    }
}
