package org.laborlink.platform.accounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The codes a person hands over or types to link an account (an employer's invitation, a labour file's link code):
 * 12 characters of Crockford's base32 (no I, L, O or U to misread when read out or typed on a phone), about 60 bits.
 * Only a code's SHA-256 is stored; case, spaces and dashes do not matter when it is typed back.
 */
public final class OneTimeCode {

    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final int LENGTH = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    private OneTimeCode() {
    }

    public static String issue() {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return code.toString();
    }

    /** The stored form of a code as a person typed it. */
    public static String hash(String typed) {
        String normal = typed.strip().toUpperCase().replace("-", "").replace(" ", "");
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(normal.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
