package org.laborlink.platform.time;

import java.time.Clock;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.quarkus.arc.DefaultBean;

/**
 * The clock every time-bound rule reads (posting expiry, the 3- and 6-month retention milestones, a claim's
 * deadlines, policy effective dates): the system clock in UTC. A test that must judge a rule at a chosen instant
 * produces its own {@link Clock} bean, or hands a {@link Clock#fixed} to the rule directly.
 */
public class SystemClock {

    @Produces
    @Singleton
    @DefaultBean
    Clock clock() {
        return Clock.systemUTC();
    }
}
