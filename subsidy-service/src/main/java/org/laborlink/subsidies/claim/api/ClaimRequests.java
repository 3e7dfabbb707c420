package org.laborlink.subsidies.claim.api;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.laborlink.events.subsidies.ProgrammeKind;
import org.laborlink.subsidies.claim.domain.Evidence;

/** What the steps of a claim carry. Money in yuan. */
public final class ClaimRequests {

    private ClaimRequests() {
    }

    /**
     * A claim under a programme. The subject: {@code employmentId} (the hire) for TRANSPORT, SME_HIRING and
     * PUBLIC_WELFARE_POST, with {@code period} (yyyy-MM) for the last; {@code employerId} and {@code year} for
     * HELPING_COMPANY_REWARD, {@code workerId} and {@code year} for STUDENT_LIVING (a claimant's own id by default),
     * {@code enrolmentId} (the completed course) for TRAINING. {@code amount}: what is claimed, required where the
     * programme pays up to a cap (TRANSPORT, TRAINING).
     */
    public record SubmitClaim(
            @NotNull ProgrammeKind programme,
            UUID employmentId,
            UUID enrolmentId,
            UUID workerId,
            @Size(max = 64) String employerId,
            @Pattern(regexp = "[0-9]{4}-(0[1-9]|1[0-2])", message = "must be a month, yyyy-MM") String period,
            @Min(2000) @Max(2100) Integer year,
            @Positive @Digits(integer = 10, fraction = 2) BigDecimal amount,
            @Size(max = 20) List<@Valid @NotNull Evidence> evidence) {
    }

    /** An officer's decision against a claim, with the reason. */
    @Schema(name = "ClaimDecisionReason")
    public record Reason(@NotBlank @Size(max = 500) String reason) {
    }

    /** The payment of an approved claim: the treasury's or bank's reference. */
    public record Payment(@NotBlank @Size(max = 64) String paymentReference) {
    }
}
