package org.laborlink.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.laborlink.e2e.Platform.as;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.laborlink.platform.testing.Tokens;

import io.restassured.path.json.JsonPath;

/**
 * Nothing a caller may not see in full can be rebuilt from the rest of the answer: a partner reading a labour file
 * gets the masked ID number, the household county, the birth year and sex; the test tries every resident ID number
 * consistent with all of it (county, every day of the year, every sequence number of that sex, the check character
 * shown) and finds at least 1,000, among them the real one. Lists and CSV carry no ID number at all.
 */
class ReidentificationIT {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";

    @Test
    void aMaskedIdNumberLeavesAtLeastAThousandCandidates() {
        World world = World.get();
        JsonPath file = as(Tokens.partner("520000")).get("/api/v1/workers/" + world.labourFile).then().statusCode(200)
                .extract().jsonPath();
        String masked = file.getString("idNumber");
        assertNull(file.get("birthDate"), "a partner reads the birth year, not the date");
        assertFalse(masked.equals(world.labourFileIdNumber));
        assertFalse(file.getString("phone").contains("12345"), "the phone number is masked");

        List<String> candidates = candidates(masked, file.getString("householdRegion"), file.getInt("birthYear"),
                file.getString("sex"));
        System.out.printf("[re-identification] masked %s: %d numbers fit everything the partner read%n", masked,
                candidates.size());
        assertTrue(candidates.contains(world.labourFileIdNumber), "the model of the attack finds the real number");
        assertTrue(candidates.size() >= 1000, "at least 1,000 candidates remain: " + candidates.size());

        // the officer of the region reads it in full
        assertEquals(world.labourFileIdNumber, as(Tokens.officerKaili()).get("/api/v1/workers/" + world.labourFile)
                .jsonPath().getString("idNumber"));
        String csv = as(Tokens.partner("520000")).accept("text/csv").get("/api/v1/regions/" + Platform.KAILI
                + "/lists/willing-to-go-out").then().statusCode(200).extract().asString();
        assertFalse(csv.contains(world.labourFileIdNumber.substring(6, 14)), "the list carries no ID number");
    }

    /** Every resident ID number consistent with what the answer shows. */
    static List<String> candidates(String masked, String county, int birthYear, String sex) {
        String prefix = masked.substring(0, 4);
        char shownCheck = masked.charAt(17);
        List<String> fits = new ArrayList<>();
        String start = county.startsWith(prefix) ? county : prefix + "00";
        for (LocalDate day = LocalDate.of(birthYear, 1, 1); day.getYear() == birthYear; day = day.plusDays(1)) {
            String born = String.format("%04d%02d%02d", day.getYear(), day.getMonthValue(), day.getDayOfMonth());
            for (int seq = 0; seq < 1000; seq++) {
                boolean male = seq % 2 == 1;
                if (male != "MALE".equals(sex)) {
                    continue;
                }
                String body = start + born + String.format("%03d", seq);
                int sum = 0;
                for (int i = 0; i < 17; i++) {
                    sum += (body.charAt(i) - '0') * WEIGHTS[i];
                }
                if (CHECK.charAt(sum % 11) == shownCheck) {
                    fits.add(body + shownCheck);
                }
            }
        }
        return fits;
    }
}
