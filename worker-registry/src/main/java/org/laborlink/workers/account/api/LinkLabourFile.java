package org.laborlink.workers.account.api;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.laborlink.workers.labourfile.api.RegisterLabourFile;

/**
 * How a worker shows a labour file is theirs: their resident ID number and the phone number on the file, or the
 * one-time code an officer handed them.
 */
public record LinkLabourFile(
        @Size(max = 18) String idNumber,
        @Pattern(regexp = RegisterLabourFile.PHONE, message = "must be an 11-digit mainland mobile number") String phone,
        @Size(max = 40) String code) {
}
