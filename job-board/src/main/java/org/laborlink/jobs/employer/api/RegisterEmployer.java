package org.laborlink.jobs.employer.api;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.laborlink.platform.reference.Coordinates;
import org.laborlink.platform.reference.RegionCode;

/**
 * What an officer records to register an employer. The id may be chosen (the one its HR accounts already carry as
 * employer_id); the platform picks one otherwise.
 */
public record RegisterEmployer(
        UUID id,
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
