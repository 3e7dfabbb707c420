package org.laborlink.jobs.posting.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import org.laborlink.events.jobs.RequiredSkill;
import org.laborlink.jobs.policy.domain.ProvincePolicy;
import org.laborlink.platform.problem.Problem;
import org.laborlink.platform.problem.ProblemException;

/**
 * The rules each posting type is held to, with the numbers of the work region's province:
 * <ul>
 * <li>a caring job is open to anyone (no experience, education, age or must-have skill asked; nice-to-have skills
 * still count in the ranking) and pays at least the caring-job floor;</li>
 * <li>a temporary post lasts at least the minimum months and pays at least the local minimum wage;</li>
 * <li>a public-welfare post pays between the poverty-line monthly income and half the local minimum wage and carries
 * accident insurance of at least the set cover.</li>
 * </ul>
 * A breach is refused naming the rule, its numbers and the field at fault.
 */
public final class PostingRules {

    private PostingRules() {
    }

    public static void check(Posting p, ProvincePolicy policy) {
        switch (p.jobType) {
            case CARING_JOB -> {
                if (p.requiresExperience) {
                    throw broken("caring-job-open-to-all", "requiresExperience", "a caring job may not require experience");
                }
                if (p.minEducation != null) {
                    throw broken("caring-job-open-to-all", "minEducation", "a caring job may not require an education level");
                }
                if (p.ageMin != null || p.ageMax != null) {
                    throw broken("caring-job-open-to-all", p.ageMin != null ? "ageMin" : "ageMax",
                            "a caring job may not set an age limit");
                }
                if (p.requirements != null && p.requirements.skills().stream().anyMatch(RequiredSkill::mustHave)) {
                    throw broken("caring-job-open-to-all", "requiredSkills", "a caring job is offered regardless of age, "
                            + "skills or educational background: its skills are nice-to-have (mustHave: false), never required");
                }
                if (p.payMin.compareTo(policy.caringJobPayFloor) < 0) {
                    throw broken("caring-job-pay-floor", "payMin", "a caring job in " + policy.province + " pays at least "
                            + policy.caringJobPayFloor + " yuan a month; payMin is " + p.payMin);
                }
            }
            case TEMPORARY_POST -> {
                if (p.startDate == null || p.endDate == null) {
                    throw broken("temporary-post-duration", p.startDate == null ? "startDate" : "endDate",
                            "a temporary post names its start and end dates");
                }
                if (p.endDate.isBefore(p.startDate.plusMonths(policy.temporaryPostMinimumMonths))) {
                    throw broken("temporary-post-duration", "endDate", "a temporary post lasts at least "
                            + policy.temporaryPostMinimumMonths + " months; " + p.startDate + " to " + p.endDate + " is shorter");
                }
                if (p.payMin.compareTo(policy.minimumMonthlyWage) < 0) {
                    throw broken("temporary-post-minimum-wage", "payMin", "a temporary post in " + policy.province
                            + " pays at least the local minimum wage of " + policy.minimumMonthlyWage + " yuan a month; payMin is " + p.payMin);
                }
            }
            case PUBLIC_WELFARE_POST -> {
                BigDecimal ceiling = policy.minimumMonthlyWage.divide(BigDecimal.TWO, 2, RoundingMode.HALF_UP);
                if (p.payMin.compareTo(policy.povertyLineMonthlyIncome) < 0) {
                    throw broken("public-welfare-post-pay-band", "payMin", "a public-welfare post in " + policy.province
                            + " pays at least the poverty-line monthly income of " + policy.povertyLineMonthlyIncome
                            + " yuan; payMin is " + p.payMin);
                }
                if (p.payMax.compareTo(ceiling) > 0) {
                    throw broken("public-welfare-post-pay-band", "payMax", "a public-welfare post in " + policy.province
                            + " pays at most 50% of the local minimum wage, " + ceiling + " yuan a month; payMax is " + p.payMax);
                }
                if (p.accidentInsuranceCover == null || p.accidentInsuranceCover.compareTo(policy.publicWelfareInsuranceCover) < 0) {
                    throw broken("public-welfare-post-insurance", "accidentInsuranceCover", "a public-welfare post carries "
                            + "accident insurance of at least " + policy.publicWelfareInsuranceCover + " yuan");
                }
            }
            default -> {
            }
        }
    }

    private static ProblemException broken(String rule, String field, String message) {
        return new ProblemException(400, "posting-rule", "Posting breaks the rules of its type", rule + ": " + message,
                List.of(new Problem.FieldError(field, rule + ": " + message)));
    }
}
