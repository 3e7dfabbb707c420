package org.laborlink.subsidies.claim.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.laborlink.events.JobType;
import org.laborlink.events.subsidies.ProgrammeKind;
import org.laborlink.events.workers.PovertyStatus;
import org.laborlink.platform.reference.RegionCode;
import org.laborlink.subsidies.facts.domain.EmployerFact;
import org.laborlink.subsidies.facts.domain.EmploymentFact;
import org.laborlink.subsidies.facts.domain.TrainingFact;
import org.laborlink.subsidies.facts.domain.WorkerFact;
import org.laborlink.subsidies.policy.domain.Claimant;
import org.laborlink.subsidies.policy.domain.PolicyInEffect;
import org.laborlink.subsidies.policy.domain.Programme;
import org.laborlink.subsidies.policy.domain.RequiredFact;
import org.laborlink.subsidies.policy.domain.SubsidyPolicy;

/**
 * Decides a claim from consumed facts, never from what the claimant typed: first where it belongs (the region whose
 * labour office pays, the date whose catalogue applies, the budget year), then the programme's rules with their
 * figures. A claim lacking a fact waits; one failing a rule is rejected with the rule named. No I/O.
 */
public final class Eligibility {

    /** Poverty statuses that count as being in the registration (lifted-out households keep it in the transition). */
    static final Set<PovertyStatus> REGISTERED = Set.of(PovertyStatus.REGISTERED_POOR,
            PovertyStatus.RELOCATED_EX_SITU, PovertyStatus.LIFTED_OUT);

    private Eligibility() {
    }

    /** The facts a claim's subject has so far (any may be null). */
    public record Facts(WorkerFact worker, EmploymentFact employment, EmployerFact employer, TrainingFact training) {

        public Facts(WorkerFact worker, EmploymentFact employment, EmployerFact employer) {
            this(worker, employment, employer, null);
        }
    }

    /** Where a claim belongs: the paying region, the date whose catalogue applies, the budget year. */
    public record Placement(String region, String province, LocalDate referenceDate, int budgetYear) {
    }

    /** Facts a claim still lacks before it can be placed (empty when it can). */
    public static List<String> missingForPlacement(Claim claim, Facts facts) {
        List<String> missing = new ArrayList<>();
        if (facts.employer() != null && facts.employer().suspended) {
            // a suspended employer's claims wait: decided when it is reinstated (employers.v1 brings the change)
            missing.add("employer " + facts.employer().employerId + " to be reinstated by its labour office (employers.v1)");
            return missing;
        }
        if (Programme.aboutAHire(claim.programme) && facts.employment() == null) {
            missing.add("hire " + claim.employmentId + " (employment.v1)");
            return missing;
        }
        switch (claim.programme) {
            case SME_HIRING, HELPING_COMPANY_REWARD -> {
                if (facts.employer() == null) {
                    missing.add("employer " + employerOf(claim, facts) + " (employers.v1)");
                }
            }
            case TRANSPORT -> {
                if (facts.employment().householdRegion == null && facts.worker() == null) {
                    missing.add("labour file " + workerOf(claim, facts) + " (workers.v1)");
                }
            }
            case TRAINING -> {
                if (facts.training() == null) {
                    missing.add("training completion " + claim.enrolmentId + " (training.v1)");
                } else if (facts.worker() == null) {
                    missing.add("labour file " + facts.training().workerId + " (workers.v1)");
                }
            }
            case STUDENT_LIVING -> {
                if (facts.worker() == null) {
                    missing.add("labour file " + claim.workerId + " (workers.v1)");
                }
            }
            default -> {
            }
        }
        return missing;
    }

    /** Where a claim belongs; call once {@link #missingForPlacement} is empty. */
    public static Placement place(Claim claim, Facts facts) {
        EmploymentFact hire = facts.employment();
        String region = switch (claim.programme) {
            case TRANSPORT -> hire.householdRegion != null ? hire.householdRegion : facts.worker().householdRegion;
            case SME_HIRING, HELPING_COMPANY_REWARD -> facts.employer().region;
            case PUBLIC_WELFARE_POST -> hire.workRegion;
            case STUDENT_LIVING, TRAINING -> facts.worker().householdRegion;
        };
        LocalDate reference = switch (claim.programme) {
            case TRANSPORT, SME_HIRING -> hire.startDate;
            case PUBLIC_WELFARE_POST -> YearMonth.parse(claim.period).atDay(1);
            case HELPING_COMPANY_REWARD, STUDENT_LIVING -> LocalDate.of(Integer.parseInt(claim.period), 1, 1);
            case TRAINING -> facts.training().completedOn;
        };
        return new Placement(region, region.substring(0, 2) + "0000", reference, reference.getYear());
    }

    /**
     * Holds a placed claim to the catalogue in effect: the verdict's rules, missing facts and amount. Failed rules
     * reject at once; otherwise a missing fact makes it wait.
     */
    public static Decision decide(Claim claim, Facts facts, Placement placement, Optional<PolicyInEffect> inEffect,
            LocalDate submittedOn) {
        List<RuleCheck> rules = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        Optional<Programme> offered = inEffect.flatMap(p -> p.policy().programme(claim.programme));
        if (offered.isEmpty()) {
            rules.add(new RuleCheck("programme-offered", false, "province " + placement.province() + " offers no "
                    + claim.programme + " programme on " + placement.referenceDate(),
                    figures("province", placement.province(), "on", placement.referenceDate(),
                            "catalogueVersion", inEffect.map(PolicyInEffect::version).orElse(null))));
            return new Decision(rules, missing, null, null);
        }
        Programme programme = offered.get();
        SubsidyPolicy policy = inEffect.get().policy();
        claimant(claim, facts, placement, programme, rules);
        window(claim, facts, placement, programme, submittedOn, rules);
        evidence(claim, programme, rules);
        for (RequiredFact fact : programme.requiredFacts()) {
            fact(claim, facts, fact, rules, missing);
        }
        BigDecimal amount = null;
        String note = null;
        switch (claim.programme) {
            case TRANSPORT, TRAINING -> {
                amount = claim.amountClaimed.min(programme.cap());
                boolean capped = claim.amountClaimed.compareTo(programme.cap()) > 0;
                rules.add(new RuleCheck("amount-cap", true, capped
                        ? "claimed " + money(claim.amountClaimed) + ", the programme pays at most " + money(programme.cap())
                        : "claimed " + money(claim.amountClaimed) + ", within the cap of " + money(programme.cap()),
                        figures("claimed", claim.amountClaimed, "cap", programme.cap(), "decided", amount)));
                if (capped) {
                    note = "capped: claimed " + money(claim.amountClaimed) + ", decided " + money(amount)
                            + " (the programme pays at most " + money(programme.cap()) + ")";
                }
            }
            case SME_HIRING -> {
                if (facts.worker() == null) {
                    missing.add("labour file " + workerOf(claim, facts) + " (workers.v1)");
                } else {
                    PovertyStatus status = facts.worker().povertyStatus;
                    amount = programme.amountByPovertyStatus().get(status);
                    rules.add(new RuleCheck("amount-for-poverty-status", amount != null, amount != null
                            ? "a hire whose poverty status is " + status + " earns " + money(amount)
                            : "the programme pays nothing for a hire whose poverty status is " + status,
                            figures("povertyStatus", status, "amounts", programme.amountByPovertyStatus())));
                }
            }
            case PUBLIC_WELFARE_POST -> {
                EmploymentFact hire = facts.employment();
                BigDecimal floor = policy.povertyLineMonthlyIncome();
                BigDecimal ceiling = policy.minimumMonthlyWage().multiply(programme.maxShareOfMinimumWage())
                        .setScale(2, RoundingMode.HALF_UP);
                boolean inBand = hire.monthlyPay.compareTo(floor) >= 0 && hire.monthlyPay.compareTo(ceiling) <= 0;
                rules.add(new RuleCheck("public-welfare-pay-band", inBand, "the post pays " + money(hire.monthlyPay)
                        + " a month; a public-welfare post subsidy lies between the poverty-line monthly income "
                        + money(floor) + " and " + programme.maxShareOfMinimumWage().multiply(BigDecimal.valueOf(100))
                                .stripTrailingZeros().toPlainString() + " % of the minimum wage " + money(policy.minimumMonthlyWage())
                        + " = " + money(ceiling),
                        figures("monthlyPay", hire.monthlyPay, "povertyLineMonthlyIncome", floor, "minimumMonthlyWage",
                                policy.minimumMonthlyWage(), "maxShareOfMinimumWage", programme.maxShareOfMinimumWage(),
                                "ceiling", ceiling)));
                BigDecimal cover = hire.accidentInsuranceCover;
                boolean insured = cover != null && cover.compareTo(programme.minimumInsuranceCover()) >= 0;
                rules.add(new RuleCheck("public-welfare-insurance", insured, (cover == null
                        ? "the post carries no accident insurance" : "the post's accident insurance covers " + money(cover))
                        + "; at least " + money(programme.minimumInsuranceCover()) + " is required",
                        figures("accidentInsuranceCover", cover, "minimumInsuranceCover", programme.minimumInsuranceCover())));
                amount = hire.monthlyPay;
            }
            case HELPING_COMPANY_REWARD, STUDENT_LIVING -> {
                amount = programme.amount();
                if (claim.amountClaimed != null && claim.amountClaimed.compareTo(amount) != 0) {
                    note = "the programme pays a fixed " + money(amount) + " (claimed " + money(claim.amountClaimed) + ")";
                }
            }
        }
        return new Decision(rules, missing, amount, note);
    }

    private static void claimant(Claim claim, Facts facts, Placement placement, Programme programme, List<RuleCheck> rules) {
        boolean allowed = programme.claimants().contains(claim.claimantRole);
        rules.add(new RuleCheck("claimant-allowed", allowed, allowed
                ? claim.claimantRole + " may claim under this programme"
                : "only " + programme.claimants() + " may claim under this programme, not " + claim.claimantRole,
                figures("claimant", claim.claimantRole, "claimants", programme.claimants())));
        String subject = switch (claim.claimantRole) {
            case WORKER -> String.valueOf(workerOf(claim, facts));
            case EMPLOYER -> employerOf(claim, facts);
            case OFFICER -> placement.region();
        };
        boolean own = claim.claimantRole == Claimant.OFFICER
                ? claim.claimantRef != null && new RegionCode(claim.claimantRef).contains(placement.region())
                : claim.claimantRef != null && claim.claimantRef.equals(subject);
        rules.add(new RuleCheck("claimant-is-subject", own, own ? "the claimant claims for their own " + what(claim)
                : claim.claimantRole == Claimant.OFFICER
                        ? "an officer of " + claim.claimantRef + " claims only in their region, not " + placement.region()
                        : "a " + claim.claimantRole.name().toLowerCase() + " claims only for their own " + what(claim),
                figures("claimant", claim.claimantRef, "subject", subject)));
    }

    private static String what(Claim claim) {
        return claim.claimantRole == Claimant.WORKER ? "hire or labour file" : "employer's hires";
    }

    private static void window(Claim claim, Facts facts, Placement placement, Programme programme, LocalDate submittedOn,
            List<RuleCheck> rules) {
        boolean dated = Programme.aboutAHire(claim.programme) || claim.programme == ProgrammeKind.TRAINING;
        if (programme.claimWindowDays() == null || !dated) {
            return;
        }
        LocalDate opens = switch (claim.programme) {
            case PUBLIC_WELFARE_POST -> YearMonth.parse(claim.period).atEndOfMonth();
            case TRAINING -> facts.training().completedOn;
            default -> facts.employment().startDate;
        };
        LocalDate closes = opens.plusDays(programme.claimWindowDays());
        boolean in = !submittedOn.isAfter(closes);
        rules.add(new RuleCheck("claim-window", in, (in ? "submitted on " + submittedOn + ", by " : "submitted on "
                + submittedOn + ", after the window closed on ") + closes + " (" + programme.claimWindowDays() + " days from "
                + opens + ")", figures("from", opens, "days", programme.claimWindowDays(), "closes", closes,
                        "submittedOn", submittedOn)));
    }

    private static void evidence(Claim claim, Programme programme, List<RuleCheck> rules) {
        if (programme.requiredEvidence().isEmpty()) {
            return;
        }
        List<String> carried = claim.evidence.items().stream().map(Evidence::kind).toList();
        List<String> lacking = programme.requiredEvidence().stream().filter(k -> !carried.contains(k)).toList();
        rules.add(new RuleCheck("evidence-required", lacking.isEmpty(), lacking.isEmpty()
                ? "carries " + programme.requiredEvidence() : "lacks " + lacking,
                figures("required", programme.requiredEvidence(), "carried", carried)));
    }

    private static void fact(Claim claim, Facts facts, RequiredFact fact, List<RuleCheck> rules, List<String> missing) {
        EmploymentFact hire = facts.employment();
        switch (fact) {
            case POVERTY_REGISTERED -> {
                if (facts.worker() == null) {
                    missing.add("labour file " + workerOf(claim, facts) + " (workers.v1)");
                    return;
                }
                PovertyStatus status = facts.worker().povertyStatus;
                rules.add(new RuleCheck("fact:" + fact, REGISTERED.contains(status), "the worker's poverty status is "
                        + status, figures("povertyStatus", status, "counts", REGISTERED)));
            }
            case HIRED -> rules.add(new RuleCheck("fact:" + fact, true, "hire " + hire.employmentId + " with employer "
                    + hire.employerId + " from " + hire.startDate, figures("employmentId", hire.employmentId,
                            "employerId", hire.employerId, "startDate", hire.startDate)));
            case LEFT_HOME_PREFECTURE, LEFT_HOME_PROVINCE -> {
                String home = hire.householdRegion != null ? hire.householdRegion
                        : facts.worker() != null ? facts.worker().householdRegion : null;
                if (home == null) {
                    missing.add("labour file " + hire.workerId + " (workers.v1)");
                    return;
                }
                int digits = fact == RequiredFact.LEFT_HOME_PREFECTURE ? 4 : 2;
                boolean left = !home.substring(0, digits).equals(hire.workRegion.substring(0, digits));
                rules.add(new RuleCheck("fact:" + fact, left, "home region " + home + ", work region " + hire.workRegion,
                        figures("householdRegion", home, "workRegion", hire.workRegion)));
            }
            case EMPLOYER_SME, EMPLOYER_HELPING_COMPANY -> {
                if (facts.employer() == null) {
                    missing.add("employer " + employerOf(claim, facts) + " (employers.v1)");
                    return;
                }
                boolean sme = fact == RequiredFact.EMPLOYER_SME;
                boolean holds = sme ? facts.employer().sme : facts.employer().helpingCompany;
                rules.add(new RuleCheck("fact:" + fact, holds, "employer " + facts.employer().employerId
                        + (holds ? " is " : " is not ") + (sme ? "a small or medium enterprise" : "a helping company"),
                        figures(sme ? "sme" : "helpingCompany", holds)));
            }
            case PUBLIC_WELFARE_POST -> rules.add(new RuleCheck("fact:" + fact, hire.jobType == JobType.PUBLIC_WELFARE_POST,
                    "the hire is into a " + hire.jobType + " post", figures("jobType", hire.jobType)));
            case EMPLOYED_IN_PERIOD -> {
                YearMonth month = YearMonth.parse(claim.period);
                boolean running = !hire.startDate.isAfter(month.atEndOfMonth())
                        && (hire.endDate == null || !hire.endDate.isBefore(month.atDay(1)));
                rules.add(new RuleCheck("fact:" + fact, running, "the hire ran from " + hire.startDate
                        + (hire.endDate == null ? "" : " to " + hire.endDate) + "; claimed month " + month,
                        figures("startDate", hire.startDate, "endDate", hire.endDate, "period", month.toString())));
            }
            case TRAINING_COMPLETED -> {
                if (facts.training() == null) {
                    missing.add("training completion " + claim.enrolmentId + " (training.v1)");
                    return;
                }
                rules.add(new RuleCheck("fact:" + fact, true, "completed course " + facts.training().courseId + " on "
                        + facts.training().completedOn + ", assessed " + facts.training().assessedLevel,
                        figures("courseId", facts.training().courseId, "occupationCode", facts.training().occupationCode,
                                "assessedLevel", facts.training().assessedLevel, "completedOn", facts.training().completedOn)));
            }
        }
    }

    /** The worker a claim is about: the hire's worker, or the one the claim names. */
    public static UUID workerOf(Claim claim, Facts facts) {
        return facts.employment() != null ? facts.employment().workerId
                : facts.training() != null ? facts.training().workerId : claim.workerId;
    }

    /** The employer a claim is about: the hire's employer, or the one the claim names. */
    public static String employerOf(Claim claim, Facts facts) {
        return facts.employment() != null ? facts.employment().employerId : claim.employerId;
    }

    private static String money(BigDecimal yuan) {
        return String.format("%,.2f", yuan);
    }

    private static Map<String, Object> figures(Object... pairs) {
        Map<String, Object> figures = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            Object value = pairs[i + 1];
            figures.put((String) pairs[i], value instanceof Enum<?> e ? e.name()
                    : value instanceof LocalDate || value instanceof UUID ? value.toString() : value);
        }
        return figures;
    }
}
