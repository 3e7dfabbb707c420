package org.laborlink.platform.time;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The platform's calendar: its days are China's ({@link #ZONE}, no daylight saving), the days the seeds and the
 * offices count in, whatever zone a server runs in (UTC here and in most clusters, where the date is a day behind
 * from 16:00 to 24:00 UTC). Bean Validation judges dates by it too ({@link ValidationClock}).
 */
public final class PlatformCalendar {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private PlatformCalendar() {
    }

    /** Today on the platform's calendar, by the given clock. */
    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(ZONE));
    }

    /** Today on the platform's calendar, by the system clock. */
    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }

    /** The day an instant falls on. */
    public static LocalDate dayOf(Instant instant) {
        return LocalDate.ofInstant(instant, ZONE);
    }

    /** The instant a day begins. */
    public static Instant startOf(LocalDate day) {
        return day.atStartOfDay(ZONE).toInstant();
    }

    /** The instant a day is over (the next one begins). */
    public static Instant endOf(LocalDate day) {
        return startOf(day.plusDays(1));
    }
}
