package org.laborlink.platform.time;

import java.time.Clock;

import jakarta.inject.Singleton;
import jakarta.validation.ClockProvider;

import io.quarkus.arc.Unremovable;

/**
 * The clock Bean Validation judges {@code @PastOrPresent} and its kind by (Quarkus takes a {@link ClockProvider}
 * bean for its validator factory): the platform's calendar, so a visit recorded today in Guizhou is not "in the
 * future" because the server's zone is UTC.
 */
@Singleton
@Unremovable
public class ValidationClock implements ClockProvider {

    @Override
    public Clock getClock() {
        return Clock.system(PlatformCalendar.ZONE);
    }
}
