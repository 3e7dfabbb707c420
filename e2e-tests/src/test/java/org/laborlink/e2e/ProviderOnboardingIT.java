package org.laborlink.e2e;

import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.laborlink.e2e.Platform.as;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.laborlink.platform.testing.Tokens;

/**
 * A training provider comes to exist like an employer: its staff sign up on Keycloak's pages, register it (PENDING),
 * and it offers courses once an officer of its region verified it.
 */
class ProviderOnboardingIT {

    @Test
    void aProvidersStaffRegisterItAndItOffersCoursesOnceTheLabourOfficeVerifiesIt() {
        Tokens.Grant grant = KeycloakSignUp.newPerson("provider-staff").signIn();
        String code = EmployerIT.creditCode();
        String provider = as(grant.accessToken()).body(Map.of("name", "凯里家政培训中心 " + code, "creditCode", code,
                "region", Platform.KAILI)).post("/api/v1/providers").then().statusCode(201)
                .body("standing", equalTo("PENDING")).extract().path("id");
        as(Tokens.officerKaili()).body(Map.of("name", "x", "creditCode", code, "region", Platform.KAILI))
                .post("/api/v1/providers").then().statusCode(409).body("existing", endsWith("/api/v1/providers/" + provider));
        String token = Tokens.refreshed(grant);
        assertEquals(provider, Tokens.claim(token, "provider_id"));
        assertEquals(Platform.KAILI, Tokens.claim(token, "region"), "the platform sets the provider's region");
        as(Tokens.worker()).get("/api/v1/providers/" + provider).then().statusCode(404);

        as(token).body(course()).post("/api/v1/courses").then().statusCode(409)
                .body("type", endsWith("/provider-not-verified")).body("errors[0].field", equalTo("providerId"));
        as(Tokens.officerXichang()).post("/api/v1/providers/" + provider + "/verify").then().statusCode(404);
        as(Tokens.officerKaili()).post("/api/v1/providers/" + provider + "/verify").then().statusCode(200)
                .body("standing", equalTo("VERIFIED"));
        as(token).body(course()).post("/api/v1/courses").then().statusCode(201).body("providerId", equalTo(provider));
        as(Tokens.worker()).get("/api/v1/providers/" + provider).then().statusCode(200);
    }

    private static Map<String, Object> course() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        return Map.ofEntries(Map.entry("title", "家政服务员（五级）" + UUID.randomUUID()),
                Map.entry("occupationCode", Platform.HOUSEKEEPING), Map.entry("skillCodes", List.of(Platform.HOUSEKEEPING)),
                Map.entry("certifiesLevel", "BASIC"), Map.entry("kind", "GENERAL"), Map.entry("mode", "ONLINE"),
                Map.entry("region", Platform.KAILI), Map.entry("startsOn", today.toString()),
                Map.entry("endsOn", today.plusDays(20).toString()), Map.entry("sessions", 4), Map.entry("capacity", 30),
                Map.entry("cost", 0));
    }
}
