package org.laborlink.platform.testing;

import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;

/** Valid, random 18-digit resident ID numbers for tests (ISO 7064 MOD 11-2 check character), unique per call. */
public final class ResidentIds {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

    /** Someone first registered in Kaili (522601), born between 1966 and 2005. */
    public static String next() {
        return next("522601");
    }

    /** Someone first registered in the given county, born between 1966 and 2005. */
    public static String next(String county) {
        return of(county, LocalDate.of(1966, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(40 * 365)),
                ThreadLocalRandom.current().nextInt(1000));
    }

    public static String of(String region, LocalDate birth, int sequence) {
        String first17 = region + String.format("%04d%02d%02d%03d", birth.getYear(), birth.getMonthValue(),
                birth.getDayOfMonth(), sequence);
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return first17 + CHECK[sum % 11];
    }

    private ResidentIds() {
    }
}
