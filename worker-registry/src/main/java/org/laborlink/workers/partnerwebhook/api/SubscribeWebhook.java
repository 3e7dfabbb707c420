package org.laborlink.workers.partnerwebhook.api;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A partner's subscription: its receiver's HTTPS URL and the news it wants ({@code employment.hired},
 * {@code employment.ended}, {@code employment.milestone}, {@code claim.paid}, {@code training.completed},
 * {@code employer.flagged}, {@code employer.flag-cleared}).
 */
public record SubscribeWebhook(@NotBlank @Size(max = 2000) String url,
        @NotNull @Size(min = 1, max = 10) List<@NotBlank String> eventTypes) {
}
