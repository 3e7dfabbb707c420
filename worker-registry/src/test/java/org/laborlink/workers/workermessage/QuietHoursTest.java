package org.laborlink.workers.workermessage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class QuietHoursTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final QuietHours NIGHT = QuietHours.parse("22:00-08:00", SHANGHAI).orElseThrow();

    static Instant beijing(String localDateTime) {
        return java.time.LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant();
    }

    @Test
    void aMessageDueAtNightWaitsForEightInTheMorningBeijingTime() {
        assertTrue(NIGHT.contains(beijing("2026-12-01T23:30")));
        assertTrue(NIGHT.contains(beijing("2026-12-02T03:00")));
        assertTrue(NIGHT.contains(beijing("2026-12-01T22:00")));
        assertFalse(NIGHT.contains(beijing("2026-12-02T08:00")));
        assertFalse(NIGHT.contains(beijing("2026-12-02T14:00")));
        assertEquals(beijing("2026-12-02T08:00"), NIGHT.nextAllowed(beijing("2026-12-01T23:30")));
        assertEquals(beijing("2026-12-02T08:00"), NIGHT.nextAllowed(beijing("2026-12-02T03:00")));
        assertEquals(beijing("2026-12-02T14:00"), NIGHT.nextAllowed(beijing("2026-12-02T14:00")));
    }

    @Test
    void quietHoursWithinADayAndNoneAtAll() {
        QuietHours lunch = QuietHours.parse("12:00-14:00", SHANGHAI).orElseThrow();
        assertTrue(lunch.contains(beijing("2026-12-02T13:00")));
        assertFalse(lunch.contains(beijing("2026-12-02T23:00")));
        assertEquals(beijing("2026-12-02T14:00"), lunch.nextAllowed(beijing("2026-12-02T12:10")));
        assertEquals(Optional.empty(), QuietHours.parse("none", SHANGHAI));
        assertEquals(Optional.empty(), QuietHours.parse(" ", SHANGHAI));
        assertThrows(IllegalArgumentException.class, () -> QuietHours.parse("22:00", SHANGHAI));
    }
}
