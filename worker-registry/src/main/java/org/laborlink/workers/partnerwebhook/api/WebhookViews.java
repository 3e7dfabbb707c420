package org.laborlink.workers.partnerwebhook.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.laborlink.workers.partnerwebhook.domain.WebhookDelivery;
import org.laborlink.workers.partnerwebhook.domain.WebhookSubscription;

/** What the webhook API answers: subscriptions (the secret only when it is made), secrets, deliveries. */
public final class WebhookViews {

    private WebhookViews() {
    }

    public record SubscriptionView(UUID id, String province, String url, List<String> eventTypes, Instant createdAt,
            Instant secretRotatedAt, Instant previousSecretValidUntil) {

        public static SubscriptionView of(WebhookSubscription s) {
            return new SubscriptionView(s.id, s.province, s.url, s.eventTypeNames(), s.createdAt, s.rotatedAt,
                    s.previousSecretUntil);
        }
    }

    /** A new subscription with its signing secret, shown this once. */
    public record NewSubscription(UUID id, String province, String url, List<String> eventTypes, Instant createdAt,
            String secret) {
    }

    /** A new signing secret, shown this once; the previous one also signs until {@code previousSecretValidUntil}. */
    public record NewSecret(String secret, Instant previousSecretValidUntil) {
    }

    public record DeliveryView(String webhookId, String type, WebhookDelivery.Status status, int attempts,
            Instant createdAt, Instant lastAttemptAt, Integer lastResponseStatus, String lastError, Instant nextAttemptAt,
            Instant deliveredAt, Instant giveUpAt) {

        public static DeliveryView of(WebhookDelivery d) {
            return new DeliveryView(d.id, d.eventType, d.status, d.attempts, d.createdAt, d.lastAttemptAt, d.lastResponse,
                    d.lastError, d.nextAttemptAt, d.deliveredAt, d.giveUpAt);
        }
    }
}
