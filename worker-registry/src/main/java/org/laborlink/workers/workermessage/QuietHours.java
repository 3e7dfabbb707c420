package org.laborlink.workers.workermessage;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;

/**
 * Hours of the day (in the workers' time zone) no message is sent in: from {@code from} until {@code until}, across
 * midnight when {@code until} is earlier (22:00-08:00). A message due inside them waits for their end.
 */
public record QuietHours(LocalTime from, LocalTime until, ZoneId zone) {

    /** {@code 22:00-08:00}, or empty for {@code none} or a blank value. */
    public static Optional<QuietHours> parse(String text, ZoneId zone) {
        if (text == null || text.isBlank() || text.strip().equalsIgnoreCase("none")) {
            return Optional.empty();
        }
        String[] ends = text.strip().split("-");
        if (ends.length != 2) {
            throw new IllegalArgumentException("quiet hours are written from-until, as 22:00-08:00: " + text);
        }
        return Optional.of(new QuietHours(LocalTime.parse(ends[0].strip()), LocalTime.parse(ends[1].strip()), zone));
    }

    public boolean contains(Instant moment) {
        LocalTime t = moment.atZone(zone).toLocalTime();
        if (from.equals(until)) {
            return false;
        }
        return from.isBefore(until) ? !t.isBefore(from) && t.isBefore(until) : !t.isBefore(from) || t.isBefore(until);
    }

    /** {@code moment} itself outside quiet hours, else the end of the quiet hours it falls in. */
    public Instant nextAllowed(Instant moment) {
        if (!contains(moment)) {
            return moment;
        }
        LocalDateTime local = moment.atZone(zone).toLocalDateTime();
        LocalDate day = local.toLocalTime().isBefore(until) ? local.toLocalDate() : local.toLocalDate().plusDays(1);
        return day.atTime(until).atZone(zone).toInstant();
    }
}
