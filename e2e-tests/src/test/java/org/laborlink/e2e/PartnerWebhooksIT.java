package org.laborlink.e2e;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.laborlink.e2e.Platform.as;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.laborlink.platform.testing.Tokens;

import io.restassured.path.json.JsonPath;

/**
 * Partner webhooks through the gateway with real HTTPS receivers on loopback: a Guizhou worker's hire reaches
 * Guizhou's receiver signed the Standard Webhooks way within 5 s and never Sichuan's; a receiver down for 30 s still
 * gets it; redelivery, secret rotation, and refused targets.
 */
class PartnerWebhooksIT {

    static final String GUIZHOU = "520000";
    static final String SICHUAN = "510000";
    static final List<String> SUBSCRIPTIONS = new ArrayList<>();
    static final List<LoopbackReceiver> RECEIVERS = new ArrayList<>();

    @AfterAll
    static void unsubscribe() {
        SUBSCRIPTIONS.forEach(s -> as(Tokens.partner(s.substring(0, 6))).delete("/api/v1/webhook-subscriptions/"
                + s.substring(7)));
        RECEIVERS.forEach(LoopbackReceiver::close);
    }

    @Test
    void aGuizhouWorkersHireReachesGuizhouSignedWithinFiveSecondsAndNeverSichuan() throws Exception {
        LoopbackReceiver guizhou = receiver();
        LoopbackReceiver sichuan = receiver();
        JsonPath subscription = subscribe(GUIZHOU, guizhou, List.of("employment.hired", "employment.ended"));
        subscribe(SICHUAN, sichuan, List.of("employment.hired", "employment.ended", "employment.milestone",
                "claim.paid", "training.completed"));
        String secret = subscription.getString("secret");
        assertTrue(secret.startsWith("whsec_"), secret);

        String worker = kailiWorker();
        long hiredAt = System.nanoTime();
        String employment = hire(worker);
        LoopbackReceiver.Received delivery = await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(50))
                .until(() -> firstAbout(guizhou, worker), d -> d != null);
        System.out.printf("hire delivered to the partner's receiver %d ms after it was recorded%n",
                (System.nanoTime() - hiredAt) / 1_000_000);

        assertTrue(verifies(secret, delivery), "the signature verifies with the subscription's secret");
        JsonPath body = JsonPath.from(delivery.body());
        assertEquals("employment.hired", body.getString("type"));
        assertEquals(worker, body.getString("data.workerId"));
        assertEquals(employment, body.getString("data.employmentId"));
        assertTrue(delivery.header("webhook-id").startsWith("msg_"), delivery.header("webhook-id"));
        long timestamp = Long.parseLong(delivery.header("webhook-timestamp"));
        assertTrue(Math.abs(timestamp - System.currentTimeMillis() / 1000) < 60, "a current timestamp in seconds");

        // a body changed on the way fails verification, and so does another secret
        LoopbackReceiver.Received tampered = new LoopbackReceiver.Received(delivery.headers(),
                delivery.body().replace(worker, UUID.randomUUID().toString()));
        assertFalse(verifies(secret, tampered), "a tampered body fails");
        assertFalse(verifies("whsec_" + Base64.getEncoder().encodeToString(new byte[24]), delivery), "another secret fails");

        // the delivery log shows it delivered (recorded once the receiver's answer is in, a moment after it got it)
        await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(100)).untilAsserted(() -> as(Tokens.partner(GUIZHOU))
                .get("/api/v1/webhook-subscriptions/" + subscription.getString("id") + "/deliveries")
                .then().statusCode(200).body("find { it.webhookId == '" + delivery.header("webhook-id") + "' }.status",
                        equalTo("DELIVERED")));

        // Sichuan's receiver, subscribed to everything, never hears of Guizhou's worker
        Thread.sleep(2000);
        assertTrue(sichuan.received().stream().noneMatch(r -> r.body().contains(worker)), "Sichuan saw Guizhou's worker");
    }

    @Test
    void aReceiverDownForThirtySecondsGetsTheHireWhenItIsBackWithOneEventPerWebhookId() throws Exception {
        LoopbackReceiver guizhou = receiver();
        JsonPath subscription = subscribe(GUIZHOU, guizhou, List.of("employment.hired"));
        String worker = kailiWorker();

        guizhou.stop();
        hire(worker);
        String id = subscription.getString("id");
        // attempts fail while nobody listens
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(500)).until(() -> as(Tokens.partner(GUIZHOU))
                .get("/api/v1/webhook-subscriptions/" + id + "/deliveries").then().statusCode(200).extract().jsonPath()
                .getList("findAll { it.status == 'PENDING' && it.attempts > 0 }").size(), n -> n > 0);
        Thread.sleep(30_000);
        guizhou.restart();

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> firstAbout(guizhou, worker), d -> d != null);
        Thread.sleep(2000);
        Map<String, Set<String>> bodiesById = guizhou.received().stream().collect(Collectors.groupingBy(
                r -> r.header("webhook-id"), Collectors.mapping(LoopbackReceiver.Received::body, Collectors.toSet())));
        bodiesById.forEach((webhookId, bodies) -> assertEquals(1, bodies.size(), webhookId + " carried two events"));
        assertEquals(1, guizhou.received().stream().filter(r -> r.body().contains(worker))
                .map(r -> r.header("webhook-id")).distinct().count(), "one webhook-id for the one hire");
        as(Tokens.partner(GUIZHOU)).get("/api/v1/webhook-subscriptions/" + id + "/deliveries").then().statusCode(200)
                .body("find { it.status == 'DELIVERED' }.attempts", greaterThan(1));
    }

    @Test
    void aDeliveryIsSentAgainOnAskingAndARotatedSecretSignsBesideThePreviousOne() throws Exception {
        LoopbackReceiver guizhou = receiver();
        JsonPath subscription = subscribe(GUIZHOU, guizhou, List.of("employment.hired"));
        String id = subscription.getString("id");
        String worker = kailiWorker();
        hire(worker);
        LoopbackReceiver.Received first = await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100))
                .until(() -> firstAbout(guizhou, worker), d -> d != null);
        String webhookId = first.header("webhook-id");

        String rotated = as(Tokens.partner(GUIZHOU)).post("/api/v1/webhook-subscriptions/" + id + "/secret").then()
                .statusCode(200).body("secret", startsWith("whsec_")).extract().path("secret");
        as(Tokens.partner(GUIZHOU)).body(Map.of("webhookId", webhookId)).post("/api/v1/webhook-subscriptions/" + id
                + "/redeliveries").then().statusCode(202).body("webhookId", equalTo(webhookId));
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100)).until(() -> guizhou.received().stream()
                .filter(r -> webhookId.equals(r.header("webhook-id"))).count(), n -> n == 2);
        LoopbackReceiver.Received again = guizhou.received().stream().filter(r -> webhookId.equals(r.header("webhook-id")))
                .toList().get(1);
        assertEquals(first.body(), again.body(), "the same event");
        assertEquals(2, again.header("webhook-signature").split(" ").length, "both secrets sign during the rotation");
        assertTrue(verifies(rotated, again), "the new secret verifies");
        assertTrue(verifies(subscription.getString("secret"), again), "the previous secret still verifies");

        as(Tokens.partner(GUIZHOU)).body(Map.of("webhookId", "msg_" + "0".repeat(32)))
                .post("/api/v1/webhook-subscriptions/" + id + "/redeliveries").then().statusCode(404);
    }

    @Test
    void aPartnerManagesOnlyItsOwnSubscriptionsAndRefusedTargetsAreNamed() {
        LoopbackReceiver guizhou = receiver();
        String id = subscribe(GUIZHOU, guizhou, List.of("claim.paid")).getString("id");
        as(Tokens.partner(GUIZHOU)).get("/api/v1/webhook-subscriptions").then().statusCode(200).body("id", hasItem(id));
        as(Tokens.partner(SICHUAN)).get("/api/v1/webhook-subscriptions/" + id).then().statusCode(404)
                .contentType("application/problem+json");
        as(Tokens.partner(SICHUAN)).delete("/api/v1/webhook-subscriptions/" + id).then().statusCode(404);
        as(Tokens.partner(SICHUAN)).get("/api/v1/webhook-subscriptions/" + id + "/deliveries").then().statusCode(404);
        as(Tokens.partner(SICHUAN)).post("/api/v1/webhook-subscriptions/" + id + "/secret").then().statusCode(404);
        as(Tokens.officerKaili()).get("/api/v1/webhook-subscriptions/" + id).then().statusCode(403);
        as(Tokens.worker()).get("/api/v1/webhook-subscriptions").then().statusCode(403);

        for (String url : List.of("http://partner.example.org/hooks", "https://10.0.0.1/hooks", "https://192.168.1.20/hooks",
                "https://169.254.169.254/latest", "not a url")) {
            as(Tokens.partner(GUIZHOU)).body(Map.of("url", url, "eventTypes", List.of("employment.hired")))
                    .post("/api/v1/webhook-subscriptions").then().statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", equalTo("url"));
        }
        as(Tokens.partner(GUIZHOU)).body(Map.of("url", guizhou.url(), "eventTypes", List.of("worker.born")))
                .post("/api/v1/webhook-subscriptions").then().statusCode(400).body("errors[0].field", startsWith("eventTypes"));
        as(Tokens.partner(GUIZHOU)).body(Map.of("url", guizhou.url())).post("/api/v1/webhook-subscriptions").then()
                .statusCode(400).body("errors[0].field", startsWith("eventTypes"));
        as(Tokens.partner(GUIZHOU)).get("/api/v1/webhook-subscriptions/not-an-id").then().statusCode(404);

        as(Tokens.partner(GUIZHOU)).delete("/api/v1/webhook-subscriptions/" + id).then().statusCode(204);
        as(Tokens.partner(GUIZHOU)).get("/api/v1/webhook-subscriptions/" + id).then().statusCode(404);
    }

    static LoopbackReceiver receiver() {
        LoopbackReceiver receiver = LoopbackReceiver.start(0, "/hooks");
        RECEIVERS.add(receiver);
        return receiver;
    }

    static JsonPath subscribe(String province, LoopbackReceiver receiver, List<String> eventTypes) {
        JsonPath created = as(Tokens.partner(province)).body(Map.of("url", receiver.url(), "eventTypes", eventTypes))
                .post("/api/v1/webhook-subscriptions").then().statusCode(201).body("province", equalTo(province))
                .extract().jsonPath();
        SUBSCRIPTIONS.add(province + "/" + created.getString("id"));
        return created;
    }

    private static LoopbackReceiver.Received firstAbout(LoopbackReceiver receiver, String worker) {
        return receiver.received().stream().filter(r -> r.body().contains(worker)).findFirst().orElse(null);
    }

    /** A new registered-poor labour file of Kaili (Guizhou), registered by its county office. */
    static String kailiWorker() {
        return as(Tokens.officerKaili()).body(Platform.labourFile("韦小花 " + UUID.randomUUID())).post("/api/v1/workers")
                .then().statusCode(201).extract().path("id");
    }

    /** The worker hired by the demo employer in Hangzhou, recorded by her county office; the employment's id. */
    static String hire(String worker) {
        return hire(worker, Platform.demoEmployer());
    }

    /** The worker hired by {@code employer} in Hangzhou, recorded by her county office; the employment's id. */
    static String hire(String worker, String employer) {
        Map<String, Object> hire = new HashMap<>(Map.of("workerId", worker, "employerId", employer,
                "workRegion", Platform.HANGZHOU_XIHU, "startDate", LocalDate.now(ZoneId.of("Asia/Shanghai")).toString(),
                "monthlyPay", 5200));
        // job-board learns of the new labour file from workers.v1 within moments
        return await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> as(Tokens.officerKaili()).body(hire).post("/api/v1/employments"), r -> r.statusCode() != 409)
                .then().statusCode(201).extract().path("id");
    }

    /**
     * The receiver's check, written from the Standard Webhooks specification: HMAC-SHA256 of
     * {@code id.timestamp.body} under the base64 key after {@code whsec_}, compared in constant time with each
     * {@code v1,} signature of the header.
     */
    static boolean verifies(String secret, LoopbackReceiver.Received delivery) throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
        byte[] expected = mac.doFinal((delivery.header("webhook-id") + "." + delivery.header("webhook-timestamp") + "."
                + delivery.body()).getBytes(StandardCharsets.UTF_8));
        for (String signature : delivery.header("webhook-signature").split(" ")) {
            if (signature.startsWith("v1,") && MessageDigest.isEqual(expected,
                    Base64.getDecoder().decode(signature.substring(3)))) {
                return true;
            }
        }
        return false;
    }
}
