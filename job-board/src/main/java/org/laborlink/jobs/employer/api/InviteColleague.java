package org.laborlink.jobs.employer.api;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Who an employer's account admin invites: a colleague's e-mail address or mainland mobile number (or both). */
public record InviteColleague(
        @Email @Size(max = 255) String email,
        @Pattern(regexp = "^1[3-9][0-9]{9}$", message = "must be a mainland mobile number of 11 digits") String phone) {
}
