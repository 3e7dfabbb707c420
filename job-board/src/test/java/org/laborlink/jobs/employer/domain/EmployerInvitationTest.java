package org.laborlink.jobs.employer.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.laborlink.platform.accounts.OneTimeCode;

@Tag("unit")
class EmployerInvitationTest {

    @Test
    void anInvitationKeepsOnlyItsCodesHashAndExpiresAfterSevenDays() {
        Instant made = Instant.parse("2026-12-01T08:00:00Z");
        EmployerInvitation.Issued issued = EmployerInvitation.issue(UUID.randomUUID(), "hr@example.org", null, false, "admin", made);
        String code = issued.code();
        assertEquals(12, code.length());
        assertNotEquals(code, issued.invitation().codeHash);
        // typed back in lower case with a dash, as people do
        assertEquals(issued.invitation().codeHash, OneTimeCode.hash(code.substring(0, 6).toLowerCase() + "-" + code.substring(6)));
        assertFalse(issued.invitation().expired(made.plusSeconds(7 * 24 * 3600 - 1)));
        assertTrue(issued.invitation().expired(made.plusSeconds(7 * 24 * 3600)));
        assertFalse(issued.invitation().used());
        issued.invitation().accept("colleague", made.plusSeconds(60));
        assertTrue(issued.invitation().used());
    }
}
