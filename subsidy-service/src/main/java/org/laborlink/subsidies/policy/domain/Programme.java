package org.laborlink.subsidies.policy.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.laborlink.events.subsidies.ProgrammeKind;
import org.laborlink.events.workers.PovertyStatus;
import org.laborlink.platform.problem.Problem;

/**
 * One subsidy programme of a province's catalogue. Money in yuan. Which amount field a kind uses: {@code cap} for
 * TRANSPORT and TRAINING (the claimed amount, capped), {@code amountByPovertyStatus} for SME_HIRING (by the hired
 * worker's status; a status not listed gets nothing), {@code maxShareOfMinimumWage} and {@code minimumInsuranceCover}
 * for PUBLIC_WELFARE_POST (the post's monthly pay between the poverty-line income and that share of the minimum wage),
 * {@code amount} for HELPING_COMPANY_REWARD and STUDENT_LIVING. {@code claimWindowDays}: how long after the hire (after
 * the month, for a public-welfare post) a claim may come, none if absent.
 */
public record Programme(
        @NotNull ProgrammeKind kind,
        @Size(max = 200) String name,
        @NotEmpty List<@NotNull Claimant> claimants,
        @Positive @Digits(integer = 10, fraction = 2) BigDecimal cap,
        @Positive @Digits(integer = 10, fraction = 2) BigDecimal amount,
        Map<PovertyStatus, @NotNull @Positive BigDecimal> amountByPovertyStatus,
        @DecimalMin(value = "0.0", inclusive = false) @DecimalMax("1.0") BigDecimal maxShareOfMinimumWage,
        @Positive @Digits(integer = 10, fraction = 2) BigDecimal minimumInsuranceCover,
        List<@NotNull RequiredFact> requiredFacts,
        List<@NotNull @Size(min = 1, max = 64) String> requiredEvidence,
        @Positive @Max(3660) Integer claimWindowDays) {

    public Programme {
        requiredFacts = requiredFacts == null ? List.of() : List.copyOf(requiredFacts);
        requiredEvidence = requiredEvidence == null ? List.of() : List.copyOf(requiredEvidence);
        amountByPovertyStatus = amountByPovertyStatus == null ? Map.of() : Map.copyOf(amountByPovertyStatus);
    }

    /** Whether claims under this kind are about a hire (the subject is an employment record). */
    public static boolean aboutAHire(ProgrammeKind kind) {
        return kind == ProgrammeKind.TRANSPORT || kind == ProgrammeKind.SME_HIRING
                || kind == ProgrammeKind.PUBLIC_WELFARE_POST;
    }

    /** What is missing or contradictory for this kind, as field errors under {@code path}. */
    public List<Problem.FieldError> problems(String path) {
        List<Problem.FieldError> errors = new ArrayList<>();
        switch (kind) {
            case TRANSPORT, TRAINING -> require(errors, path + ".cap", cap, "is required for a " + kind + " programme");
            case SME_HIRING -> {
                if (amountByPovertyStatus.isEmpty()) {
                    errors.add(new Problem.FieldError(path + ".amountByPovertyStatus",
                            "is required for an SME_HIRING programme (amount per hired worker's poverty status)"));
                }
            }
            case PUBLIC_WELFARE_POST -> {
                require(errors, path + ".maxShareOfMinimumWage", maxShareOfMinimumWage, "is required for a public-welfare post");
                require(errors, path + ".minimumInsuranceCover", minimumInsuranceCover, "is required for a public-welfare post");
            }
            case HELPING_COMPANY_REWARD, STUDENT_LIVING ->
                    require(errors, path + ".amount", amount, "is required for a " + kind + " programme");
        }
        for (int i = 0; i < requiredFacts.size(); i++) {
            RequiredFact fact = requiredFacts.get(i);
            boolean postFact = fact == RequiredFact.PUBLIC_WELFARE_POST || fact == RequiredFact.EMPLOYED_IN_PERIOD;
            if (postFact && kind != ProgrammeKind.PUBLIC_WELFARE_POST) {
                errors.add(new Problem.FieldError(path + ".requiredFacts[" + i + "]",
                        fact + " belongs to a PUBLIC_WELFARE_POST programme (a claim per post and month)"));
            } else if (fact.aboutAHire() && !aboutAHire(kind)) {
                errors.add(new Problem.FieldError(path + ".requiredFacts[" + i + "]",
                        fact + " is about a hire; a " + kind + " claim is not"));
            }
            if (fact == RequiredFact.EMPLOYER_SME || fact == RequiredFact.EMPLOYER_HELPING_COMPANY) {
                if (kind == ProgrammeKind.STUDENT_LIVING || kind == ProgrammeKind.TRAINING) {
                    errors.add(new Problem.FieldError(path + ".requiredFacts[" + i + "]",
                            fact + " is about an employer; a " + kind + " claim has none"));
                }
            }
            if (fact == RequiredFact.TRAINING_COMPLETED && kind != ProgrammeKind.TRAINING) {
                errors.add(new Problem.FieldError(path + ".requiredFacts[" + i + "]",
                        "TRAINING_COMPLETED belongs to a TRAINING programme (a claim per completed course)"));
            }
            if (fact == RequiredFact.POVERTY_REGISTERED && kind == ProgrammeKind.HELPING_COMPANY_REWARD) {
                errors.add(new Problem.FieldError(path + ".requiredFacts[" + i + "]",
                        "a HELPING_COMPANY_REWARD claim is about an employer, not a worker"));
            }
        }
        return errors;
    }

    private static void require(List<Problem.FieldError> errors, String field, Object value, String message) {
        if (value == null) {
            errors.add(new Problem.FieldError(field, message));
        }
    }
}
