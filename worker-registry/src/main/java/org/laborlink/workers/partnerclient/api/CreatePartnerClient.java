package org.laborlink.workers.partnerclient.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.laborlink.platform.reference.RegionCode;

/** A partner system of the admin's own province: the province it speaks for and what to call it. */
public record CreatePartnerClient(
        @NotNull @Pattern(regexp = RegionCode.PATTERN, message = RegionCode.MESSAGE) String province,
        @NotBlank @Size(max = 200) String name) {
}
