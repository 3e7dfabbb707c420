package org.laborlink.workers.office.api;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.laborlink.platform.reference.RegionCode;
import org.laborlink.workers.office.domain.OfficeAccount.OfficeRole;

/** A new officer or admin: who they are, what they do and for which region (within the creating admin's). */
public record CreateOfficeAccount(
        @NotBlank @Size(min = 3, max = 60) @Pattern(regexp = "^[a-z0-9._-]+$", message = "lower-case letters, digits, '.', '_' and '-'") String username,
        @NotBlank @Email @Size(max = 255) String email,
        @NotBlank @Size(max = 100) String firstName,
        @NotBlank @Size(max = 100) String lastName,
        @NotNull OfficeRole role,
        @NotNull @Pattern(regexp = RegionCode.PATTERN, message = RegionCode.MESSAGE) String region) {
}
