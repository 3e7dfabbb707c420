package org.laborlink.jobs.posting.domain;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.time.LocalDate;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.laborlink.events.SkillLevel;
import org.laborlink.events.jobs.RequiredSkill;
import org.laborlink.events.EducationLevel;
import org.laborlink.events.JobType;
import org.laborlink.jobs.policy.domain.ProvincePolicy;
import org.laborlink.platform.problem.ProblemException;

/** The rules of each posting type, judged against a province's numbers without a server. */
@Tag("unit")
class PostingRulesTest {

    private static ProvincePolicy guizhou() {
        ProvincePolicy p = new ProvincePolicy();
        p.province = "520000";
        p.caringJobPayFloor = new BigDecimal("1800");
        p.minimumMonthlyWage = new BigDecimal("1890");
        p.povertyLineMonthlyIncome = new BigDecimal("400");
        p.publicWelfareInsuranceCover = new BigDecimal("100000");
        p.temporaryPostMinimumMonths = 6;
        return p;
    }

    private static Posting posting(JobType type, String payMin, String payMax) {
        Posting p = new Posting();
        p.jobType = type;
        p.payMin = new BigDecimal(payMin);
        p.payMax = new BigDecimal(payMax);
        return p;
    }

    /** The field and message of the rule the posting breaks. */
    private static String broken(Posting p) {
        ProblemException e = assertThrows(ProblemException.class, () -> PostingRules.check(p, guizhou()));
        assertEquals(400, e.status());
        return e.errors().get(0).field() + " " + e.errors().get(0).message();
    }

    @Test
    void aCaringJobPaysAtLeastTheFloorAndAsksNothingOfItsWorker() {
        assertDoesNotThrow(() -> PostingRules.check(posting(JobType.CARING_JOB, "1800", "2200"), guizhou()));
        assertTrue(broken(posting(JobType.CARING_JOB, "1799.99", "2200")).startsWith("payMin caring-job-pay-floor"));
        Posting experienced = posting(JobType.CARING_JOB, "2000", "2200");
        experienced.requiresExperience = true;
        assertTrue(broken(experienced).startsWith("requiresExperience caring-job-open-to-all"));
        Posting schooled = posting(JobType.CARING_JOB, "2000", "2200");
        schooled.minEducation = EducationLevel.values()[0];
        assertTrue(broken(schooled).startsWith("minEducation caring-job-open-to-all"));
        Posting aged = posting(JobType.CARING_JOB, "2000", "2200");
        aged.ageMax = 50;
        assertTrue(broken(aged).startsWith("ageMax caring-job-open-to-all"));
        Posting skilled = posting(JobType.CARING_JOB, "2000", "2200");
        skilled.requirements = new Requirements(List.of(new RequiredSkill("4-10-01-05", SkillLevel.BASIC, false),
                new RequiredSkill("4-10-01-06", SkillLevel.BASIC, true)));
        assertTrue(broken(skilled).startsWith("requiredSkills caring-job-open-to-all"));
        skilled.requirements = new Requirements(List.of(new RequiredSkill("4-10-01-05", SkillLevel.BASIC, false)));
        assertDoesNotThrow(() -> PostingRules.check(skilled, guizhou()), "nice-to-have skills stay allowed");
    }

    @Test
    void aTemporaryPostLastsTheMinimumMonthsAndPaysTheMinimumWage() {
        Posting p = posting(JobType.TEMPORARY_POST, "1890", "2500");
        p.startDate = LocalDate.of(2026, 3, 1);
        p.endDate = LocalDate.of(2026, 9, 1);
        assertDoesNotThrow(() -> PostingRules.check(p, guizhou()));
        p.endDate = LocalDate.of(2026, 8, 31);
        assertTrue(broken(p).startsWith("endDate temporary-post-duration"));
        p.endDate = LocalDate.of(2026, 9, 1);
        p.payMin = new BigDecimal("1889");
        assertTrue(broken(p).startsWith("payMin temporary-post-minimum-wage"));
    }

    @Test
    void aPublicWelfarePostPaysWithinItsBandAndIsInsured() {
        Posting p = posting(JobType.PUBLIC_WELFARE_POST, "400", "945");
        p.accidentInsuranceCover = new BigDecimal("100000");
        assertDoesNotThrow(() -> PostingRules.check(p, guizhou()));
        p.payMax = new BigDecimal("945.01");
        assertTrue(broken(p).startsWith("payMax public-welfare-post-pay-band"), "at most half the minimum wage");
        p.payMax = new BigDecimal("945");
        p.payMin = new BigDecimal("399");
        assertTrue(broken(p).startsWith("payMin public-welfare-post-pay-band"), "at least the poverty line");
        p.payMin = new BigDecimal("400");
        p.accidentInsuranceCover = new BigDecimal("99999");
        assertTrue(broken(p).startsWith("accidentInsuranceCover public-welfare-post-insurance"));
    }

    @Test
    void aRegularJobHasNoTypeRules() {
        assertDoesNotThrow(() -> PostingRules.check(posting(JobType.REGULAR, "100", "200"), guizhou()));
    }
}
