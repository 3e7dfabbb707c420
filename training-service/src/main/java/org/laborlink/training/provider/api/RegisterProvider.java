package org.laborlink.training.provider.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.laborlink.platform.reference.RegionCode;

/** What a provider's staff (or an officer of its region) records to register it; the platform picks its id. */
public record RegisterProvider(
        @NotBlank @Size(max = 200) String name,
        @NotBlank String creditCode,
        @NotNull @Pattern(regexp = RegionCode.PATTERN, message = RegionCode.MESSAGE) String region,
        @Size(max = 300) String address) {
}
