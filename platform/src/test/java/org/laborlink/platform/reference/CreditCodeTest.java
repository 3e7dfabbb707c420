package org.laborlink.platform.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The unified social credit code's check character (GB 32100-2015). */
@Tag("unit")
class CreditCodeTest {

    @Test
    void realPublishedCodesPassTheirCheck() {
        assertEquals("91330100716105852F", CreditCode.check("91330100716105852F"));
        assertEquals("91330100716105852F", CreditCode.check(" 91330100716105852f "), "upper-cased and stripped");
    }

    @Test
    void aWrongCheckCharacterOrLengthIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> CreditCode.check("91330100716105852G"));
        assertThrows(IllegalArgumentException.class, () -> CreditCode.check("91330100716105852"));
    }
}
