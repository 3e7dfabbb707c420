package org.laborlink.workers.workermessage;

import java.net.URI;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Optional;

import org.laborlink.workers.outbound.RetrySchedule;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How messages reach workers ({@code laborlink.messages.*}): the SMS gateway, quiet hours, retries. */
@ConfigMapping(prefix = "laborlink.messages")
public interface MessageSettings {

    /** The SMS gateway's HTTPS endpoint messages are POSTed to; without one they wait in the outbox. */
    Optional<URI> gatewayUrl();

    /** The bearer token the gateway expects, if any. */
    Optional<String> gatewayToken();

    /** Hours no message is sent in, {@code from-until} in {@link #zone()}, or {@code none}; a worker may set her own. */
    @WithDefault("22:00-08:00")
    String quietHours();

    @WithDefault("Asia/Shanghai")
    ZoneId zone();

    /** At most one message about new match suggestions per worker in this time. */
    @WithDefault("PT24H")
    Duration suggestionsAtMostEvery();

    @WithDefault("PT30S")
    Duration firstRetry();

    @WithDefault("PT30M")
    Duration longestRetry();

    @WithDefault("PT24H")
    Duration retryFor();

    /** How often due messages are looked for. */
    @WithDefault("1s")
    String pollInterval();

    default RetrySchedule retries() {
        return new RetrySchedule(firstRetry(), longestRetry(), retryFor());
    }

    default Optional<QuietHours> defaultQuietHours() {
        return QuietHours.parse(quietHours(), zone());
    }

    /** A worker's own quiet hours (both ends set), else the platform's. */
    default Optional<QuietHours> quietHoursOf(java.time.LocalTime from, java.time.LocalTime until) {
        return from != null && until != null ? Optional.of(new QuietHours(from, until, zone())) : defaultQuietHours();
    }
}
