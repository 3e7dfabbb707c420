package org.laborlink.e2e;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.laborlink.e2e.Platform.as;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.laborlink.platform.testing.Tokens;

/** Employers registered and verified by the labour office of their region, with the GB 32100 credit-code check. */
class EmployerIT {

    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    /** A fresh, valid unified social credit code registered in Kaili. */
    static String creditCode() {
        StringBuilder code = new StringBuilder("91522601");
        for (int i = 0; i < 9; i++) {
            code.append(ALPHABET.charAt(ThreadLocalRandom.current().nextInt(ALPHABET.length())));
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += ALPHABET.indexOf(code.charAt(i)) * WEIGHTS[i];
        }
        return code.append(ALPHABET.charAt((31 - sum % 31) % 31)).toString();
    }

    static Map<String, Object> workshop(String code) {
        return Map.of("name", "凯里扶贫车间 " + code, "creditCode", code, "region", Platform.KAILI,
                "address", "凯里市经济开发区", "industry", "garments", "sme", true, "povertyAlleviationWorkshop", true);
    }

    @Test
    void anOfficerRegistersAndVerifiesAnEmployerOfTheirRegion() {
        String code = creditCode();
        String id = as(Tokens.officerKaili()).body(workshop(code)).post("/api/v1/employers").then().statusCode(201)
                .body("creditCode", equalTo(code)).body("povertyAlleviationWorkshop", is(true))
                .body("verifiedAt", equalTo(null)).extract().path("id");
        as(Tokens.officerKaili()).body(workshop(code)).post("/api/v1/employers").then().statusCode(409)
                .body("existing", equalTo("/api/v1/employers/" + id));
        // pending: shown to the offices of its region only; an officer elsewhere does not learn it exists
        as(Tokens.worker()).get("/api/v1/employers/" + id).then().statusCode(404);
        as(Tokens.officerXichang()).post("/api/v1/employers/" + id + "/verify").then().statusCode(404);
        as(Tokens.officerQiandongnan()).post("/api/v1/employers/" + id + "/verify").then().statusCode(200)
                .body("verifiedAt", notNullValue()).body("version", equalTo(2)).body("standing", equalTo("VERIFIED"));
        as(Tokens.worker()).get("/api/v1/employers/" + id).then().statusCode(200).body("name", containsString("扶贫车间"));
    }

    @Test
    void aCreditCodeWithAWrongCheckCharacterIsRefused() {
        String code = creditCode();
        char wrong = code.charAt(17) == '0' ? '1' : '0';
        as(Tokens.officerKaili()).body(workshop(code.substring(0, 17) + wrong)).post("/api/v1/employers").then()
                .statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("creditCode"))
                .body("detail", containsString("check character"));
        as(Tokens.employer()).body(workshop(creditCode())).post("/api/v1/employers").then().statusCode(403);
    }

    @Test
    void twoOfficersRegisteringOneCreditCodeAtOnceGetOne201AndOne409() throws Exception {
        String code = creditCode();
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<Integer>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < 4; i++) {
                answers.add(pool.submit(() -> as(Tokens.officerKaili()).body(workshop(code)).post("/api/v1/employers")
                        .then().extract().statusCode()));
            }
            List<Integer> statuses = new java.util.ArrayList<>();
            for (var a : answers) {
                statuses.add(a.get());
            }
            java.util.Collections.sort(statuses);
            org.junit.jupiter.api.Assertions.assertEquals(List.of(201, 409, 409, 409), statuses,
                    "one registration of a credit code, the concurrent duplicates answered 409");
        } finally {
            pool.shutdown();
        }
    }
}
