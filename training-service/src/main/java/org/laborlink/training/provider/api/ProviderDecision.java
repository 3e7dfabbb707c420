package org.laborlink.training.provider.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why an officer refuses a provider: recorded, and shown to its staff. */
public record ProviderDecision(@NotBlank @Size(max = 500) String reason) {
}
