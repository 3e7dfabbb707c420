package org.laborlink.platform.reference;

import org.laborlink.platform.problem.ProblemException;

/**
 * The 18-character unified social credit code of an organisation (GB 32100-2015): registration authority, category,
 * the registering division, the 9-character organisation code, and a check character computed modulo 31 over the
 * alphabet 0-9 and A-Y without I, O, S, V and Z.
 */
public final class CreditCode {

    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private CreditCode() {
    }

    /**
     * The code, upper-cased, if well formed and its check character right.
     *
     * @throws IllegalArgumentException saying what is wrong
     */
    public static String check(String code) {
        String c = code == null ? "" : code.strip().toUpperCase();
        if (c.length() != 18) {
            throw new IllegalArgumentException("must be 18 characters");
        }
        int sum = 0;
        for (int i = 0; i < 18; i++) {
            if (ALPHABET.indexOf(c.charAt(i)) < 0) {
                throw new IllegalArgumentException("character " + (i + 1) + " '" + c.charAt(i)
                        + "' is not allowed (0-9 and A-Y without I, O, S, V, Z)");
            }
            if (i < 17) {
                sum += ALPHABET.indexOf(c.charAt(i)) * WEIGHTS[i];
            }
        }
        if (!Character.isDigit(c.charAt(2)) || !c.substring(2, 8).chars().allMatch(Character::isDigit)) {
            throw new IllegalArgumentException("characters 3-8 must be the registering division's 6-digit code");
        }
        char expected = ALPHABET.charAt((31 - sum % 31) % 31);
        if (c.charAt(17) != expected) {
            throw new IllegalArgumentException("check character is wrong (GB 32100)");
        }
        return c;
    }

    /** The code of a request's {@code creditCode} field, checked; a wrong one is refused (400) naming the field. */
    public static String ofField(String code) {
        try {
            return check(code);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("creditCode", e.getMessage());
        }
    }
}
