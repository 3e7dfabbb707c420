package org.laborlink.jobs.rightscase.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.laborlink.events.rights.RightsCaseChanged.CaseStatus;
import org.laborlink.events.rights.RightsCaseChanged.CaseType;
import org.laborlink.jobs.rightscase.domain.RightsCase.Action;
import org.laborlink.platform.problem.ProblemException;

@Tag("unit")
class RightsCaseTest {

    static final Instant FILED = Instant.parse("2026-12-01T02:00:00Z");

    static RightsCase wageArrears() {
        RightsCase c = new RightsCase();
        c.id = UUID.randomUUID();
        c.version = 1;
        c.caseType = CaseType.WAGE_ARREARS;
        c.status = CaseStatus.FILED;
        c.amountClaimed = new BigDecimal("4200.00");
        c.filedAt = FILED;
        c.acknowledgeBy = FILED.plus(Duration.ofDays(3));
        c.resolveBy = FILED.plus(Duration.ofDays(30));
        return c;
    }

    @Test
    void aCaseIsOverduePastItsAcknowledgementUnlessAcknowledgedAndPastItsResolutionUnlessClosed() {
        RightsCase c = wageArrears();
        assertFalse(c.overdueAt(FILED.plus(Duration.ofDays(2))));
        assertTrue(c.overdueAt(FILED.plus(Duration.ofDays(4))));
        c.take(Action.ACKNOWLEDGE, null, null, FILED.plus(Duration.ofDays(4)));
        assertFalse(c.overdueAt(FILED.plus(Duration.ofDays(5))), "acknowledged, if late");
        assertTrue(c.overdueAt(FILED.plus(Duration.ofDays(31))));
        c.take(Action.REFER, "移送劳动保障监察", null, FILED.plus(Duration.ofDays(31)));
        assertFalse(c.overdueAt(FILED.plus(Duration.ofDays(40))), "a closed case is never overdue");
        assertEquals(CaseStatus.REFERRED, c.status);
        assertEquals(FILED.plus(Duration.ofDays(31)), c.closedAt);
    }

    @Test
    void stepsComeInOrderAndAResolutionSaysHowAndRecoversNoMoreThanClaimed() {
        RightsCase c = wageArrears();
        assertEquals("case-not-acknowledged", slug(() -> c.take(Action.MEDIATE, null, null, FILED)));
        c.take(Action.ACKNOWLEDGE, null, null, FILED);
        assertEquals("case-acknowledged", slug(() -> c.take(Action.ACKNOWLEDGE, null, null, FILED)));
        assertThrows(ProblemException.class, () -> c.take(Action.RESOLVE, " ", new BigDecimal("3000"), FILED));
        assertThrows(ProblemException.class, () -> c.take(Action.RESOLVE, "补发", new BigDecimal("4200.01"), FILED));
        assertThrows(ProblemException.class, () -> c.take(Action.MEDIATE, null, new BigDecimal("10"), FILED));
        assertEquals(CaseStatus.RESOLVED, c.take(Action.RESOLVE, "企业补发工资", new BigDecimal("4200"), FILED));
        assertEquals(new BigDecimal("4200.00"), c.amountRecovered);
        assertEquals(3, c.version);
        assertEquals("case-closed", slug(() -> c.take(Action.REFER, null, null, FILED)));
    }

    private static String slug(Runnable step) {
        ProblemException e = assertThrows(ProblemException.class, step::run);
        String type = e.toProblem("/").type().toString();
        return type.substring(type.lastIndexOf('/') + 1);
    }
}
