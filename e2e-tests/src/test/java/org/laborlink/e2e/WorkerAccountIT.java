package org.laborlink.e2e;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.laborlink.e2e.Platform.as;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.laborlink.platform.testing.ResidentIds;
import org.laborlink.platform.testing.Tokens;

/**
 * How a worker's own account comes to act for their labour file, through the gateway and the real Keycloak: by their
 * ID and phone numbers (wrong ones refused, attempts limited), or by an officer's one-time code, which also re-links
 * a file to a new account; the worker then sees their own file and only theirs, and may unlink.
 */
class WorkerAccountIT {

    @Test
    void aWorkerLinksByIdAndPhoneNumberThenSeesTheirOwnFileOnly() {
        String idNumber = ResidentIds.next(Platform.KAILI);
        String phone = "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        Map<String, Object> registered = new HashMap<>(Platform.labourFile("自助绑定 " + UUID.randomUUID()));
        registered.put("idNumber", idNumber);
        registered.put("phone", phone);
        String file = as(Tokens.officerKaili()).body(registered).post("/api/v1/workers").then().statusCode(201)
                .extract().path("id");

        KeycloakSignUp.Account worker = KeycloakSignUp.newPerson("worker");
        Tokens.Grant grant = worker.signIn();
        String link = "/api/v1/labour-file-account";
        as(grant.accessToken()).body(Map.of("idNumber", "123", "phone", phone)).post(link).then().statusCode(400)
                .body("errors[0].field", equalTo("idNumber"));
        as(grant.accessToken()).body(Map.of("idNumber", idNumber, "phone", "13900000000")).post(link).then()
                .statusCode(404).contentType("application/problem+json").body("errors.field", hasItems("idNumber", "phone"));
        as(grant.accessToken()).body(Map.of("idNumber", idNumber, "phone", phone)).post(link).then().statusCode(200)
                .body("workerId", equalTo(file)).body("linkedHow", equalTo("ID_AND_PHONE"));
        // one account acts for one thing: the same account (its token not yet refreshed) cannot also register an employer
        as(grant.accessToken()).body(EmployerIT.workshop(EmployerIT.creditCode())).post("/api/v1/employers").then()
                .statusCode(409).body("type", org.hamcrest.Matchers.endsWith("/account-acts-for-another"));
        String token = Tokens.refreshed(grant);
        assertEquals(file, Tokens.claim(token, "worker_id"));
        as(token).get("/api/v1/workers/" + file).then().statusCode(200).body("id", equalTo(file));
        as(token).get("/api/v1/workers/" + World.get().labourFile).then().statusCode(404);
        as(token).get(link).then().statusCode(200).body("workerId", equalTo(file));

        // the file has its account: another one with the right numbers is sent to an officer
        Tokens.Grant other = KeycloakSignUp.newPerson("worker-second").signIn();
        as(other.accessToken()).body(Map.of("idNumber", idNumber, "phone", phone)).post(link).then().statusCode(409)
                .body("type", org.hamcrest.Matchers.endsWith("/labour-file-already-linked"));
        // guessing is limited: five failed attempts an hour, then 429 even for the right numbers
        for (int i = 0; i < 5; i++) {
            as(other.accessToken()).body(Map.of("idNumber", idNumber, "phone", "1390000000" + i)).post(link).then()
                    .statusCode(404);
        }
        as(other.accessToken()).body(Map.of("idNumber", idNumber, "phone", phone)).post(link).then().statusCode(429)
                .contentType("application/problem+json").body("errors[0].field", equalTo("phone"));
    }

    @Test
    void guessesAtAnIdNumberAreLimitedAlikeWhetherOrNotALabourFileHasIt() {
        // nobody registered this number: ten failed attempts from two accounts, then 429 as for a registered one
        String unregistered = ResidentIds.next(Platform.KAILI);
        for (String who : new String[] {"guess-a", "guess-b"}) {
            String token = KeycloakSignUp.newPerson(who).signIn().accessToken();
            for (int i = 0; i < 5; i++) {
                as(token).body(Map.of("idNumber", unregistered, "phone", "1370000000" + i)).post("/api/v1/labour-file-account")
                        .then().statusCode(404);
            }
        }
        as(KeycloakSignUp.newPerson("guess-c").signIn().accessToken()).body(Map.of("idNumber", unregistered,
                "phone", "13700000009")).post("/api/v1/labour-file-account").then().statusCode(429)
                .body("errors[0].field", equalTo("phone"));
    }

    @Test
    void anOfficerOfTheHouseholdRegionRelinksAFileWithAOneTimeCodeAndTheWorkerMayUnlink() {
        Map<String, Object> registered = new HashMap<>(Platform.labourFile("换号重绑 " + UUID.randomUUID()));
        registered.put("phone", "13712345678");
        String file = as(Tokens.officerKaili()).body(registered).post("/api/v1/workers").then().statusCode(201)
                .extract().path("id");
        as(Tokens.officerXichang()).post("/api/v1/workers/" + file + "/link-codes").then().statusCode(404);

        Tokens.Grant first = KeycloakSignUp.newPerson("worker-old-phone").signIn();
        String code = as(Tokens.officerKaili()).post("/api/v1/workers/" + file + "/link-codes").then().statusCode(201)
                .extract().path("code");
        as(first.accessToken()).body(Map.of("code", code)).post("/api/v1/labour-file-account").then().statusCode(200)
                .body("linkedHow", equalTo("OFFICER_CODE"));
        assertEquals(file, Tokens.claim(Tokens.refreshed(first), "worker_id"));

        // the phone changed, the worker has a new account: the officer's new code moves the file to it
        Tokens.Grant second = KeycloakSignUp.newPerson("worker-new-phone").signIn();
        as(second.accessToken()).body(Map.of("code", code)).post("/api/v1/labour-file-account").then().statusCode(404)
                .body("errors[0].field", equalTo("code"));
        String again = as(Tokens.officerKaili()).post("/api/v1/workers/" + file + "/link-codes").then().statusCode(201)
                .extract().path("code");
        as(second.accessToken()).body(Map.of("code", again)).post("/api/v1/labour-file-account").then().statusCode(200);
        Tokens.refresh(first).then().statusCode(400).body("error", equalTo("invalid_grant"));
        String secondToken = Tokens.refreshed(second);
        as(secondToken).get("/api/v1/workers/" + file).then().statusCode(200);

        // the worker unlinks their own account: refused at the next refresh
        as(secondToken).delete("/api/v1/labour-file-account").then().statusCode(200)
                .body("removedAt", org.hamcrest.Matchers.notNullValue());
        Tokens.refresh(second).then().statusCode(400);
    }
}
