package org.laborlink.e2e;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.laborlink.e2e.Platform.as;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.laborlink.platform.testing.Tokens;

import io.restassured.response.Response;

/**
 * The accounts of the labour offices and of partner provinces' systems, through the API and the real Keycloak: an
 * admin creates officers of regions within theirs (the region set by the platform, a set-password mail sent), and
 * the partner clients of their own province, whose secrets they rotate.
 */
class OfficeAccountsIT {

    static final String TOKEN_URL = Tokens.KEYCLOAK + "/realms/laborlink/protocol/openid-connect/token";

    @Test
    void aProvincesAdminCreatesAPartnerClientAndItsOldSecretIsRefusedAfterRotation() {
        Response created = as(Tokens.adminGuizhou()).body(Map.of("province", "520000", "name", "贵州省人社厅数据交换 " + UUID.randomUUID()))
                .post("/api/v1/partner-clients").then().statusCode(201).body("province", equalTo("520000"))
                .body("clientId", startsWith("partner-520000-")).extract().response();
        String clientId = created.path("clientId");
        String secret = created.path("secret");
        String token = clientToken(clientId, secret).then().statusCode(200).extract().path("access_token");
        assertEquals("520000", Tokens.claim(token, "province"));
        // it acts as Guizhou's partner: it reads Guizhou's labour files
        as(token).get("/api/v1/workers/" + World.get().labourFile).then().statusCode(200);
        as(Tokens.adminGuizhou()).get("/api/v1/partner-clients").then().statusCode(200).body("clientId", hasItem(clientId));

        String rotated = as(Tokens.adminGuizhou()).post("/api/v1/partner-clients/" + clientId + "/secret").then()
                .statusCode(200).extract().path("secret");
        clientToken(clientId, secret).then().statusCode(401);
        clientToken(clientId, rotated).then().statusCode(200);

        // only an admin of the province creates and rotates its clients
        as(Tokens.adminGuizhou()).body(Map.of("province", "510000", "name", "x")).post("/api/v1/partner-clients").then()
                .statusCode(403);
        as(Tokens.officerKaili()).body(Map.of("province", "520000", "name", "x")).post("/api/v1/partner-clients").then()
                .statusCode(403);
        as(Tokens.adminGuizhou()).post("/api/v1/partner-clients/partner-520000/secret").then().statusCode(404);
        as(Tokens.adminGuizhou()).body(Map.of("province", "522601", "name", "x")).post("/api/v1/partner-clients").then()
                .statusCode(400).body("errors[0].field", equalTo("province"));
    }

    @Test
    void anAdminCreatesAnOfficerOfARegionWithinTheirsAndKeycloakMailsThemTheLinkToSetAPassword() throws Exception {
        String username = "officer-" + UUID.randomUUID().toString().substring(0, 8);
        String email = username + "@office.laborlink.example";
        as(Tokens.adminGuizhou()).body(Map.of("username", username, "email", email, "firstName", "芳", "lastName", "吴",
                "role", "OFFICER", "region", Platform.KAILI)).post("/api/v1/office-accounts").then().statusCode(201)
                .body("region", equalTo(Platform.KAILI)).body("role", equalTo("OFFICER"));
        as(Tokens.adminGuizhou()).get("/api/v1/office-accounts").then().statusCode(200).body("username", hasItem(username));
        String mail = await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(300))
                .until(() -> KeycloakSignUp.latestMail(email), m -> m != null);
        assertTrue(mail.contains("login-actions/action-token"), "the mail carries Keycloak's set-password link");

        // outside the admin's region, or not an admin: refused, naming the field
        as(Tokens.adminGuizhou()).body(Map.of("username", "x-" + username, "email", "x" + email, "firstName", "a",
                "lastName", "b", "role", "OFFICER", "region", "513401")).post("/api/v1/office-accounts").then()
                .statusCode(400).body("errors[0].field", equalTo("region"));
        as(Tokens.officerKaili()).body(Map.of("username", "y-" + username, "email", "y" + email, "firstName", "a",
                "lastName", "b", "role", "OFFICER", "region", Platform.KAILI)).post("/api/v1/office-accounts").then()
                .statusCode(403);
        as(Tokens.adminGuizhou()).body(Map.of("username", username, "email", "z" + email, "firstName", "a",
                "lastName", "b", "role", "OFFICER", "region", Platform.KAILI)).post("/api/v1/office-accounts").then()
                .statusCode(409);
    }

    private static Response clientToken(String clientId, String secret) {
        return given().formParam("grant_type", "client_credentials").formParam("client_id", clientId)
                .formParam("client_secret", secret).post(TOKEN_URL);
    }
}
