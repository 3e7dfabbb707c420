package org.laborlink.workers.partnerwebhook.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** One delivery of the subscription, by its webhook-id, to send again (with the same id). */
public record Redeliver(@NotBlank @Size(max = 40) String webhookId) {
}
