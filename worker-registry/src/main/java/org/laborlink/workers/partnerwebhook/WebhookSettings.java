package org.laborlink.workers.partnerwebhook;

import java.time.Duration;

import org.laborlink.workers.outbound.RetrySchedule;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How partner webhooks are delivered ({@code laborlink.webhooks.*}); the local platform shortens the retries. */
@ConfigMapping(prefix = "laborlink.webhooks")
public interface WebhookSettings {

    /** The wait after the first failed attempt; it doubles with each further one. */
    @WithDefault("PT5S")
    Duration firstRetry();

    /** The longest wait between two attempts. */
    @WithDefault("PT1H")
    Duration longestRetry();

    /** How long a delivery is retried before it is marked dead. */
    @WithDefault("PT24H")
    Duration retryFor();

    /** How long the previous secret goes on signing after a rotation. */
    @WithDefault("PT24H")
    Duration previousSecretValidFor();

    /** Whether receivers on loopback addresses are allowed (the local platform's tests). */
    @WithDefault("false")
    boolean allowLoopback();

    /** Whether receivers on private, link-local or reserved addresses are allowed. */
    @WithDefault("false")
    boolean allowPrivate();

    /** Subscriptions one province may hold. */
    @WithDefault("20")
    int subscriptionsPerProvince();

    /** How often due webhook deliveries are looked for. */
    @WithDefault("1s")
    String pollInterval();

    default RetrySchedule retries() {
        return new RetrySchedule(firstRetry(), longestRetry(), retryFor());
    }
}
