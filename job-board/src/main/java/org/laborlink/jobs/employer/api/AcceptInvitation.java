package org.laborlink.jobs.employer.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The code an invited colleague was handed (or mailed). */
public record AcceptInvitation(@NotBlank @Size(max = 40) String code) {
}
