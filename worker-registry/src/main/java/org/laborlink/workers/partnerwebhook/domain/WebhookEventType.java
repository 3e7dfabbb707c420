package org.laborlink.workers.partnerwebhook.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * The news of its own workers (and of the employers flagged while employing them) a partner province may subscribe
 * to, by the names deliveries carry in {@code type}.
 */
public enum WebhookEventType {
    HIRED("employment.hired"), ENDED("employment.ended"), MILESTONE("employment.milestone"), CLAIM_PAID("claim.paid"),
    TRAINING_COMPLETED("training.completed"), EMPLOYER_FLAGGED("employer.flagged"),
    EMPLOYER_FLAG_CLEARED("employer.flag-cleared");

    private final String wireName;

    WebhookEventType(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Optional<WebhookEventType> ofWireName(String name) {
        return Arrays.stream(values()).filter(t -> t.wireName.equals(name)).findFirst();
    }
}
