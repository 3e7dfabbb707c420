package org.laborlink.jobs.employer.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why an officer refuses or suspends an employer: recorded, and shown to the employer's HR. */
public record EmployerDecision(@NotBlank @Size(max = 500) String reason) {
}
