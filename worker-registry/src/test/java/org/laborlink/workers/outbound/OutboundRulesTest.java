package org.laborlink.workers.outbound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class OutboundRulesTest {

    static final Instant NOW = Instant.parse("2026-12-01T02:00:00Z");

    @Test
    void theWaitDoublesFromTheFirstRetryUpToTheLongestAndStopsAtTheDeadline() {
        RetrySchedule schedule = new RetrySchedule(Duration.ofSeconds(5), Duration.ofHours(1), Duration.ofHours(24));
        Instant giveUp = schedule.giveUpAt(NOW);
        assertEquals(NOW.plus(Duration.ofHours(24)), giveUp);
        assertEquals(Optional.of(NOW.plusSeconds(5)), schedule.next(NOW, 1, giveUp));
        assertEquals(Optional.of(NOW.plusSeconds(10)), schedule.next(NOW, 2, giveUp));
        assertEquals(Optional.of(NOW.plusSeconds(40)), schedule.next(NOW, 4, giveUp));
        assertEquals(Optional.of(NOW.plus(Duration.ofHours(1))), schedule.next(NOW, 12, giveUp));
        assertEquals(Optional.of(NOW.plus(Duration.ofHours(1))), schedule.next(NOW, 500, giveUp));
        assertEquals(Optional.empty(), schedule.next(giveUp.minusSeconds(2), 3, giveUp));
    }

    @Test
    void onlyHttpsToPublicAddressesUnlessLoopbackOrPrivateRangesAreAllowed() {
        OutboundTargets strict = new OutboundTargets(false, false);
        for (String refused : new String[] { "http://203.0.113.7/hooks", "ftp://203.0.113.7/", "https://127.0.0.1:8443/h",
                "https://[::1]/h", "https://10.1.2.3/h", "https://172.16.0.9/h", "https://192.168.1.1/h",
                "https://169.254.169.254/latest/meta-data", "https://100.64.0.1/h", "https://0.0.0.0/h",
                "https://[fd00::1]/h", "https://[::ffff:10.0.0.1]/h", "https://user:pw@203.0.113.7/h" }) {
            assertTrue(strict.refusal(URI.create(refused)).isPresent(), refused + " was allowed");
        }
        assertEquals(Optional.empty(), strict.refusal(URI.create("https://203.0.113.7/hooks")));
        assertEquals(Optional.empty(), strict.refusal(URI.create("https://[2001:db8::1]/hooks")));

        OutboundTargets local = new OutboundTargets(true, false);
        assertEquals(Optional.empty(), local.refusal(URI.create("https://127.0.0.1:8443/h")));
        assertTrue(local.refusal(URI.create("https://10.1.2.3/h")).isPresent(), "loopback only");
        assertEquals(Optional.empty(), new OutboundTargets(false, true).refusal(URI.create("https://10.1.2.3/h")));
    }
}
