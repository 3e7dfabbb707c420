package org.laborlink.workers.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Base64;
import java.util.UUID;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.laborlink.workers.identity.domain.ResidentIdNumber;
import org.laborlink.workers.identity.store.PersonalDataCipher;

@Tag("unit")
class ResidentIdNumberTest {

    @Test
    void theCheckCharacterFollowsIso7064Mod112() {
        // the example of GB 11643: 11010519491231002X
        ResidentIdNumber id = ResidentIdNumber.parse("11010519491231002x");
        assertEquals("11010519491231002X", id.value());
        assertEquals(LocalDate.of(1949, 12, 31), id.birthDate());
        assertEquals(ResidentIdNumber.Sex.FEMALE, id.sex());
        assertEquals("1101*************X", id.masked());
        assertEquals('X', ResidentIdNumber.checkCharacter("11010519491231002"));
    }

    @Test
    void wrongNumbersAreRefusedWithTheReason() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ResidentIdNumber.parse("110105194912310021"))
                .getMessage().contains("check digit"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ResidentIdNumber.parse("1101051949123100"))
                .getMessage().contains("18 characters"));
        String feb30 = "52260119900230123";
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> ResidentIdNumber.parse(feb30 + ResidentIdNumber.checkCharacter(feb30))).getMessage().contains("birth date"));
    }

    @Test
    void numbersAreEncryptedPerRowAndFoundByTheirBlindIndex() {
        String key = Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes());
        String other = Base64.getEncoder().encodeToString("fedcba9876543210fedcba9876543210".getBytes());
        PersonalDataCipher cipher = new PersonalDataCipher(key, other);
        UUID row = UUID.randomUUID();
        byte[] a = cipher.encrypt("11010519491231002X", row, "idNumber");
        byte[] b = cipher.encrypt("11010519491231002X", row, "idNumber");
        assertNotEquals(Arrays.toString(a), Arrays.toString(b), "a fresh nonce each time");
        assertEquals("11010519491231002X", cipher.decrypt(a, row, "idNumber"));
        assertThrows(IllegalStateException.class, () -> cipher.decrypt(a, UUID.randomUUID(), "idNumber"),
                "a ciphertext moved to another row does not decrypt");
        assertThrows(IllegalStateException.class, () -> cipher.decrypt(a, row, "phone"));
        assertEquals(Arrays.toString(cipher.blindIndex("11010519491231002X")),
                Arrays.toString(cipher.blindIndex("11010519491231002X")));
        assertNotEquals(Arrays.toString(cipher.blindIndex("11010519491231002X")),
                Arrays.toString(new PersonalDataCipher(other, key).blindIndex("11010519491231002X")));
    }
}
