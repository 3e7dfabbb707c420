package org.laborlink.subsidies.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.laborlink.events.JobType;
import org.laborlink.events.SkillLevel;
import org.laborlink.events.subsidies.ProgrammeKind;
import org.laborlink.events.workers.PovertyStatus;
import org.laborlink.subsidies.claim.domain.Claim;
import org.laborlink.subsidies.claim.domain.Decision;
import org.laborlink.subsidies.claim.domain.Eligibility.Facts;
import org.laborlink.subsidies.claim.domain.Eligibility;
import org.laborlink.subsidies.claim.domain.Evidence;
import org.laborlink.subsidies.facts.domain.EmployerFact;
import org.laborlink.subsidies.facts.domain.EmploymentFact;
import org.laborlink.subsidies.facts.domain.TrainingFact;
import org.laborlink.subsidies.facts.domain.WorkerFact;
import org.laborlink.subsidies.policy.domain.Claimant;
import org.laborlink.subsidies.policy.domain.PolicyInEffect;
import org.laborlink.subsidies.policy.domain.Programme;
import org.laborlink.subsidies.policy.domain.RequiredFact;
import org.laborlink.subsidies.policy.domain.SubsidyPolicy;

/** The rules a claim is held to, decided from facts alone: amounts, caps, bands, windows, missing facts. */
@Tag("unit")
class EligibilityTest {

    static final LocalDate START = LocalDate.of(2026, 3, 2);
    static final Programme TRANSPORT = new Programme(ProgrammeKind.TRANSPORT, "transport", List.of(Claimant.WORKER,
            Claimant.OFFICER), new BigDecimal("800"), null, null, null, null,
            List.of(RequiredFact.POVERTY_REGISTERED, RequiredFact.HIRED, RequiredFact.LEFT_HOME_PREFECTURE),
            List.of("travel-ticket"), 180);
    static final Programme SME = new Programme(ProgrammeKind.SME_HIRING, "sme", List.of(Claimant.EMPLOYER,
            Claimant.OFFICER), null, null, Map.of(PovertyStatus.REGISTERED_POOR, new BigDecimal("1500"),
                    PovertyStatus.RELOCATED_EX_SITU, new BigDecimal("2000")), null, null,
            List.of(RequiredFact.HIRED, RequiredFact.EMPLOYER_SME), List.of(), 180);
    static final Programme WELFARE = new Programme(ProgrammeKind.PUBLIC_WELFARE_POST, "pw", List.of(Claimant.OFFICER),
            null, null, null, new BigDecimal("0.5"), new BigDecimal("300000"),
            List.of(RequiredFact.HIRED, RequiredFact.PUBLIC_WELFARE_POST, RequiredFact.EMPLOYED_IN_PERIOD), List.of(), 90);
    static final Programme TRAINING = new Programme(ProgrammeKind.TRAINING, "training", List.of(Claimant.WORKER,
            Claimant.OFFICER), new BigDecimal("1500"), null, null, null, null, List.of(RequiredFact.TRAINING_COMPLETED),
            List.of(), 365);
    static final SubsidyPolicy GUIZHOU = new SubsidyPolicy(new BigDecimal("1890.00"), new BigDecimal("333.33"),
            List.of(TRANSPORT, SME, WELFARE, TRAINING));
    static final Optional<PolicyInEffect> IN_EFFECT = Optional.of(new PolicyInEffect("520000", 1,
            LocalDate.of(2026, 1, 1), GUIZHOU));

    @Test
    void aTransportClaimAboveTheCapIsDecidedForTheCapAndSaysSo() {
        Claim claim = claim(ProgrammeKind.TRANSPORT, Claimant.OFFICER, "522601", "1000");
        Facts facts = new Facts(worker(PovertyStatus.REGISTERED_POOR), hire("330106", null, null), null);
        Decision d = decide(claim, facts, START.plusDays(10));
        assertEquals(List.of(), d.failedRules());
        assertEquals(new BigDecimal("800"), d.amount());
        assertTrue(d.note().contains("800.00"), d.note());
    }

    @Test
    void aTransportClaimForAJobInTheHomePrefectureOrAfterTheWindowOrWithoutTicketIsRejectedWithTheRules() {
        Claim claim = claim(ProgrammeKind.TRANSPORT, Claimant.OFFICER, "522601", "500");
        claim.evidence = new Evidence.Documents(List.of());
        Facts facts = new Facts(worker(PovertyStatus.REGISTERED_POOR), hire("522636", null, null), null);
        Decision d = decide(claim, facts, START.plusDays(181));
        assertEquals(List.of("claim-window", "evidence-required", "fact:LEFT_HOME_PREFECTURE"), d.failedRules());
    }

    @Test
    void anSmeHiringClaimPaysByTheHiresPovertyStatusAndNothingForALargeEnterprise() {
        Claim claim = claim(ProgrammeKind.SME_HIRING, Claimant.OFFICER, "522601", null);
        EmploymentFact hire = hire("522601", null, null);
        assertEquals(new BigDecimal("1500"), decide(claim, new Facts(worker(PovertyStatus.REGISTERED_POOR), hire,
                employer(true)), START).amount());
        assertEquals(new BigDecimal("2000"), decide(claim, new Facts(worker(PovertyStatus.RELOCATED_EX_SITU), hire,
                employer(true)), START).amount());
        assertEquals(List.of("amount-for-poverty-status"), decide(claim, new Facts(worker(PovertyStatus.NONE), hire,
                employer(true)), START).failedRules());
        assertEquals(List.of("fact:EMPLOYER_SME"), decide(claim, new Facts(worker(PovertyStatus.REGISTERED_POOR), hire,
                employer(false)), START).failedRules());
    }

    @Test
    void aPublicWelfarePostPaysBetweenThePovertyLineAndHalfTheMinimumWageWithInsurance() {
        Claim claim = claim(ProgrammeKind.PUBLIC_WELFARE_POST, Claimant.OFFICER, "522601", null);
        claim.period = "2026-03";
        Facts ok = new Facts(null, hire("522601", "945.00", "300000"), null);
        assertEquals(List.of(), decide(claim, ok, START).failedRules());
        assertEquals(new BigDecimal("945.00"), decide(claim, ok, START).amount());
        assertEquals(List.of("public-welfare-pay-band"),
                decide(claim, new Facts(null, hire("522601", "945.01", "300000"), null), START).failedRules());
        assertEquals(List.of("public-welfare-pay-band"),
                decide(claim, new Facts(null, hire("522601", "333.32", "300000"), null), START).failedRules());
        assertEquals(List.of("public-welfare-insurance"),
                decide(claim, new Facts(null, hire("522601", "900.00", "299999"), null), START).failedRules());
        claim.period = "2026-02";
        assertEquals(List.of("fact:EMPLOYED_IN_PERIOD"), decide(claim, ok, START).failedRules());
    }

    @Test
    void aClaimWaitsForTheFactsItLacksAndAnOfficerOfAnotherRegionCannotClaim() {
        Claim claim = claim(ProgrammeKind.TRANSPORT, Claimant.OFFICER, "522601", "500");
        assertEquals(1, Eligibility.missingForPlacement(claim, new Facts(null, null, null)).size());
        Facts noWorker = new Facts(null, hire("330106", null, null), null);
        Decision waiting = decide(claim, noWorker, START);
        assertEquals(List.of(), waiting.failedRules());
        assertTrue(waiting.missingFacts().get(0).contains("workers.v1"), waiting.missingFacts().toString());

        claim.claimantRef = "513401";
        assertEquals(List.of("claimant-is-subject"), decide(claim, new Facts(worker(PovertyStatus.REGISTERED_POOR),
                hire("330106", null, null), null), START).failedRules());
    }

    @Test
    void aProvinceWithoutTheProgrammeRejectsWithTheCatalogueNamed() {
        Claim claim = claim(ProgrammeKind.TRANSPORT, Claimant.OFFICER, "522601", "500");
        Facts facts = new Facts(worker(PovertyStatus.REGISTERED_POOR), hire("330106", null, null), null);
        Decision d = Eligibility.decide(claim, facts, Eligibility.place(claim, facts), Optional.empty(), START);
        assertEquals(List.of("programme-offered"), d.failedRules());
        assertNull(d.amount());
    }

    @Test
    void aTrainingClaimWaitsForItsCompletionThenIsCappedWithinAYear() {
        Claim claim = claim(ProgrammeKind.TRAINING, Claimant.WORKER, null, "2000");
        claim.enrolmentId = UUID.randomUUID();
        WorkerFact worker = worker(PovertyStatus.REGISTERED_POOR);
        claim.claimantRef = worker.workerId.toString();
        assertTrue(Eligibility.missingForPlacement(claim, new Facts(worker, null, null, null)).get(0)
                .contains("training.v1"));
        TrainingFact completed = new TrainingFact();
        completed.enrolmentId = claim.enrolmentId;
        completed.workerId = worker.workerId;
        completed.courseId = UUID.randomUUID();
        completed.occupationCode = "4-10-01-06";
        completed.assessedLevel = SkillLevel.CERTIFIED;
        completed.completedOn = START;
        Facts facts = new Facts(worker, null, null, completed);
        assertEquals(List.of(), decide(claim, facts, START.plusDays(30)).failedRules());
        assertEquals(new BigDecimal("1500"), decide(claim, facts, START.plusDays(30)).amount());
        assertEquals(List.of("claim-window"), decide(claim, facts, START.plusDays(366)).failedRules());
    }

    private static Decision decide(Claim claim, Facts facts, LocalDate submittedOn) {
        return Eligibility.decide(claim, facts, Eligibility.place(claim, facts), IN_EFFECT, submittedOn);
    }

    private static Claim claim(ProgrammeKind kind, Claimant role, String ref, String amount) {
        Claim c = new Claim();
        c.id = UUID.randomUUID();
        c.programme = kind;
        c.claimantRole = role;
        c.claimantRef = ref;
        c.employmentId = UUID.randomUUID();
        c.amountClaimed = amount == null ? null : new BigDecimal(amount);
        c.evidence = new Evidence.Documents(List.of(new Evidence("travel-ticket", "K1234")));
        return c;
    }

    private static WorkerFact worker(PovertyStatus status) {
        WorkerFact w = new WorkerFact();
        w.workerId = UUID.randomUUID();
        w.householdRegion = "522601";
        w.povertyStatus = status;
        return w;
    }

    private static EmploymentFact hire(String workRegion, String pay, String cover) {
        EmploymentFact h = new EmploymentFact();
        h.employmentId = UUID.randomUUID();
        h.workerId = UUID.randomUUID();
        h.employerId = "e1";
        h.householdRegion = "522601";
        h.workRegion = workRegion;
        h.startDate = START;
        h.monthlyPay = new BigDecimal(pay == null ? "3000" : pay);
        h.jobType = pay == null ? JobType.REGULAR : JobType.PUBLIC_WELFARE_POST;
        h.accidentInsuranceCover = cover == null ? null : new BigDecimal(cover);
        return h;
    }

    private static EmployerFact employer(boolean sme) {
        EmployerFact e = new EmployerFact();
        e.employerId = "e1";
        e.region = "522601";
        e.sme = sme;
        return e;
    }
}
