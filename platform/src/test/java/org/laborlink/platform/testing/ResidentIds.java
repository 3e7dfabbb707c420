package org.laborlink.platform.testing;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.laborlink.platform.reference.AdministrativeDivisions;

/**
 * Valid, random 18-digit resident ID numbers for tests (ISO 7064 MOD 11-2 check character).
 * <p>
 * The tests of every run share one database with all earlier runs, and worker-registry refuses a second labour file
 * with the same number. One county has only 14.6 million numbers for people born over 40 years (14,600 days times
 * 1,000 sequences); with thousands of files left by earlier runs, a run of about 125 new files then hit an existing
 * number about once in 30 runs. So {@link #next()} also draws the county of first registration, from the 2,853
 * county-level divisions of the reference data: about 42 billion numbers.
 */
public final class ResidentIds {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

    /** The county codes of cncity.csv, read once, from the folder the build passes every test. */
    private static final class Counties {
        static final List<String> CODES = new AdministrativeDivisions(
                Path.of(System.getProperty("laborlink.reference-data.dir", "../../shared/data"))).counties();
    }

    /** Someone first registered in a county drawn at random from China's, born between 1966 and 2005. */
    public static String next() {
        return next(Counties.CODES.get(ThreadLocalRandom.current().nextInt(Counties.CODES.size())));
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
