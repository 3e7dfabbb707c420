package org.laborlink.e2e;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.laborlink.e2e.Platform.as;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.laborlink.platform.testing.Tokens;

import io.restassured.path.json.JsonPath;

/**
 * Messages to workers, sent by worker-registry to the SMS gateway the local platform is configured with
 * (https://127.0.0.1:18460/messages), which this test stands up for real: a hire becomes a Chinese text carrying no
 * ID, the worker who chose English gets English, and one who opted out gets nothing.
 */
class WorkerMessagesIT {

    /** The SMS gateway's port in deploy/local (LABORLINK_MESSAGES_GATEWAY_URL). */
    static final int SMS_GATEWAY_PORT = 18460;
    static final String DEMO_WORKER = "00000000-0000-4000-8000-00000000a001";
    static final String DEMO_WORKER_PHONE = "13800000001";
    static final Pattern ANY_ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-|\\d{11,}|\\d{17}[\\dX]");

    static LoopbackReceiver gateway;

    @BeforeAll
    static void standUpTheSmsGateway() {
        gateway = LoopbackReceiver.start(SMS_GATEWAY_PORT, "/messages");
    }

    @AfterAll
    static void takeDownTheSmsGateway() {
        as(Tokens.worker()).body(Map.of("language", "zh-CN", "optedOut", false))
                .put("/api/v1/workers/" + DEMO_WORKER + "/message-preferences");
        gateway.close();
    }

    @Test
    void aHireBecomesAChineseTextToTheWorkersOwnNumberWithNoIdInIt() {
        String phone = "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        Map<String, Object> file = new HashMap<>(Platform.labourFile("韦小花 " + UUID.randomUUID()));
        file.put("phone", phone);
        String worker = as(Tokens.officerKaili()).body(file).post("/api/v1/workers").then().statusCode(201)
                .extract().path("id");
        String employment = PartnerWebhooksIT.hire(worker);

        LoopbackReceiver.Received sent = await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(100))
                .until(() -> to(phone), r -> r != null);
        JsonPath envelope = JsonPath.from(sent.body());
        String text = envelope.getString("text");
        assertEquals("zh-CN", envelope.getString("language"));
        assertTrue(text.contains("录用"), text);
        assertTrue(text.contains("5200"), "the monthly pay: " + text);
        assertFalse(ANY_ID.matcher(text).find(), "an ID or a number in the text: " + text);
        for (String id : List.of(worker, employment, Platform.demoEmployer(), (String) file.get("idNumber"))) {
            assertFalse(sent.body().contains(id), "the envelope carries " + id);
        }
        assertNotNull(sent.header("Idempotency-Key"), "the gateway can tell a retry");

        // the worker's county office sees it sent; another county's does not see her messages at all
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(200)).until(() -> as(Tokens.officerKaili())
                .get("/api/v1/workers/" + worker + "/messages").then().statusCode(200).extract().jsonPath()
                .getString("find { it.kind == 'HIRE' }.status"), "SENT"::equals);
        as(Tokens.officerXichang()).get("/api/v1/workers/" + worker + "/messages").then().statusCode(404);
        as(Tokens.partner("520000")).get("/api/v1/workers/" + worker + "/messages").then().statusCode(404);
    }

    @Test
    void aWorkerWhoChoseEnglishReadsEnglishAndOneWhoOptedOutIsSentNothing() {
        as(Tokens.worker()).body(Map.of("language", "en", "optedOut", false))
                .put("/api/v1/workers/" + DEMO_WORKER + "/message-preferences").then().statusCode(200)
                .body("language", equalTo("en"));
        int before = toDemoWorker();
        offerToTheDemoWorker();
        await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(100)).until(() -> toDemoWorker() > before);
        LoopbackReceiver.Received offer = gateway.received().stream()
                .filter(r -> r.body().contains(DEMO_WORKER_PHONE)).reduce((a, b) -> b).orElseThrow();
        assertEquals("en", JsonPath.from(offer.body()).getString("language"));
        assertTrue(JsonPath.from(offer.body()).getString("text").contains("offered you the job"), offer.body());

        as(Tokens.worker()).body(Map.of("language", "zh-CN", "optedOut", true))
                .put("/api/v1/workers/" + DEMO_WORKER + "/message-preferences").then().statusCode(200)
                .body("optedOut", equalTo(true));
        int optedOut = toDemoWorker();
        offerToTheDemoWorker();
        await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(200)).until(() -> as(Tokens.worker())
                .get("/api/v1/workers/" + DEMO_WORKER + "/messages").then().statusCode(200).extract().jsonPath()
                .getList("findAll { it.kind == 'OFFER' && it.status == 'OPTED_OUT' }").size(), n -> n > 0);
        assertEquals(optedOut, toDemoWorker(), "a worker who opted out was sent a text");

        // only the worker chooses; bad choices are named
        as(Tokens.officerKaili()).body(Map.of("language", "en", "optedOut", false))
                .put("/api/v1/workers/" + DEMO_WORKER + "/message-preferences").then().statusCode(403)
                .contentType("application/problem+json");
        as(Tokens.otherWorker()).body(Map.of("language", "en", "optedOut", false))
                .put("/api/v1/workers/" + DEMO_WORKER + "/message-preferences").then().statusCode(404);
        as(Tokens.worker()).body(Map.of("language", "fr", "optedOut", false))
                .put("/api/v1/workers/" + DEMO_WORKER + "/message-preferences").then().statusCode(400)
                .body("errors[0].field", equalTo("language"));
        as(Tokens.worker()).body(Map.of("language", "en", "optedOut", false, "quietFrom", "22:00"))
                .put("/api/v1/workers/" + DEMO_WORKER + "/message-preferences").then().statusCode(400)
                .body("errors[0].field", equalTo("quietUntil"));
        as(Tokens.worker()).body(Map.of("language", "en", "optedOut", false, "quietFrom", "25:00", "quietUntil", "07:00"))
                .put("/api/v1/workers/" + DEMO_WORKER + "/message-preferences").then().statusCode(400);
    }

    private static LoopbackReceiver.Received to(String phone) {
        return gateway.received().stream().filter(r -> phone.equals(JsonPath.from(r.body()).getString("to")))
                .findFirst().orElse(null);
    }

    private static int toDemoWorker() {
        return (int) gateway.received().stream().filter(r -> DEMO_WORKER_PHONE.equals(JsonPath.from(r.body())
                .getString("to"))).count();
    }

    /** The demo worker applies to a new caring job of the demo employer, which offers it to her. */
    private static void offerToTheDemoWorker() {
        String job = as(Tokens.employer()).body(Platform.caringJob("养老护理员 " + UUID.randomUUID())).post("/api/v1/jobs")
                .then().statusCode(201).extract().path("id");
        String application = as(Tokens.worker()).body(Map.of()).post("/api/v1/jobs/" + job + "/applications").then()
                .statusCode(201).extract().path("id");
        as(Tokens.employer()).body(Map.of("monthlyPay", 5000)).post("/api/v1/applications/" + application + "/offer")
                .then().statusCode(200).body("status", equalTo("OFFERED"));
    }
}
