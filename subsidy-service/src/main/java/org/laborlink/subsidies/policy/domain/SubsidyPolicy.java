package org.laborlink.subsidies.policy.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import org.laborlink.events.subsidies.ProgrammeKind;
import org.laborlink.platform.problem.Problem;

/**
 * A province's subsidy catalogue as one version states it: the minimum monthly wage and the poverty-line monthly
 * income its public-welfare band is drawn from, and its programmes (at most one per kind). Money in yuan.
 */
public record SubsidyPolicy(
        @NotNull @Positive @Digits(integer = 7, fraction = 2) BigDecimal minimumMonthlyWage,
        @NotNull @Positive @Digits(integer = 7, fraction = 2) BigDecimal povertyLineMonthlyIncome,
        @NotNull List<@Valid @NotNull Programme> programmes) {

    public Optional<Programme> programme(ProgrammeKind kind) {
        return programmes.stream().filter(p -> p.kind() == kind).findFirst();
    }

    /** Field errors Bean Validation cannot see: a kind twice, an amount a kind needs, a fact a kind cannot have. */
    public List<Problem.FieldError> problems(String path) {
        List<Problem.FieldError> errors = new ArrayList<>();
        Set<ProgrammeKind> seen = new HashSet<>();
        for (int i = 0; i < programmes.size(); i++) {
            Programme p = programmes.get(i);
            if (!seen.add(p.kind())) {
                errors.add(new Problem.FieldError(path + "programmes[" + i + "].kind", p.kind() + " is offered twice"));
            }
            errors.addAll(p.problems(path + "programmes[" + i + "]"));
        }
        return errors;
    }
}
