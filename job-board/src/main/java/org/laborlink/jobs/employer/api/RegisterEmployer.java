package org.laborlink.jobs.employer.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.laborlink.platform.reference.Coordinates;
import org.laborlink.platform.reference.RegionCode;

/**
 * What an employer's HR (or an officer of its region) records to register it. The platform picks its id: nobody
 * chooses the employer_id an account will carry.
 */
public record RegisterEmployer(
        @NotBlank @Size(max = 200) String name,
        @NotBlank String creditCode,
        @NotNull @Pattern(regexp = RegionCode.PATTERN, message = RegionCode.MESSAGE) String region,
        @Size(max = 300) String address,
        @Valid Coordinates location,
        @Size(max = 100) String industry,
        Boolean sme,
        Boolean labourInputBase,
        Boolean povertyAlleviationWorkshop,
        Boolean helpingCompany) {
}
