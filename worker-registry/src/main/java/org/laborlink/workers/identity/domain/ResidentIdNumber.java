package org.laborlink.workers.identity.domain;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

import org.laborlink.platform.time.PlatformCalendar;

/**
 * An 18-character resident identity number (GB 11643): six-digit region of first registration, birth date
 * (yyyyMMdd), a three-digit sequence whose last digit is odd for men and even for women, and an ISO 7064
 * MOD 11-2 check character (0-9 or X).
 */
public record ResidentIdNumber(String value) {

    /** The sex a resident ID number records. */
    public enum Sex {
        MALE, FEMALE
    }

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

    /** Reads a number, or says what is wrong with it. */
    public static ResidentIdNumber parse(String text) {
        String v = text == null ? "" : text.strip().toUpperCase();
        if (!v.matches("[1-9][0-9]{16}[0-9X]")) {
            throw new IllegalArgumentException("must be 18 characters: 17 digits and a check digit or X");
        }
        if (v.charAt(17) != checkCharacter(v.substring(0, 17))) {
            throw new IllegalArgumentException("check digit does not match (ISO 7064 MOD 11-2)");
        }
        try {
            LocalDate birth = LocalDate.of(Integer.parseInt(v.substring(6, 10)), Integer.parseInt(v.substring(10, 12)),
                    Integer.parseInt(v.substring(12, 14)));
            if (birth.isAfter(PlatformCalendar.today()) || birth.getYear() < 1900) {
                throw new IllegalArgumentException("birth date " + birth + " is not plausible");
            }
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("digits 7-14 are not a birth date");
        }
        return new ResidentIdNumber(v);
    }

    /** The MOD 11-2 check character of the first 17 digits. */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }

    public LocalDate birthDate() {
        return LocalDate.of(Integer.parseInt(value.substring(6, 10)), Integer.parseInt(value.substring(10, 12)),
                Integer.parseInt(value.substring(12, 14)));
    }

    public Sex sex() {
        return (value.charAt(16) - '0') % 2 == 1 ? Sex.MALE : Sex.FEMALE;
    }

    /**
     * "52260119900307123X" -> "5226*************X": the prefecture and the check character only. With the household
     * county, birth year and sex a masked view also shows, about 365 days x 500 sequence numbers / 11 check
     * characters = 16,000 numbers remain possible (the last four characters, once shown, left as few as 33).
     */
    public String masked() {
        return value.substring(0, 4) + "*************" + value.substring(17);
    }

    /** Masks a mobile number: "13812345678" -> "138****5678". */
    public static Optional<String> maskPhone(String phone) {
        return Optional.ofNullable(phone).map(p -> p.length() < 8 ? "****" : p.substring(0, 3) + "****" + p.substring(p.length() - 4));
    }

    @Override
    public String toString() {
        return masked();
    }
}
