package org.laborlink.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.laborlink.e2e.Platform.as;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.laborlink.platform.testing.Tokens;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.restassured.path.json.JsonPath;

/**
 * The gateway holds every request body to its route's limit (1 MiB outside bulk imports), whether the body declares
 * its length or not: a body sent chunked, or over HTTP/2 without Content-Length, is passed on as it arrives and
 * stopped once past the limit, answered 413 problem+json with nothing of it stored; and such a body within the limit
 * reaches the service whole (over HTTP/2 it used to be dropped on the way, the service seeing no body at all).
 * Each labour file below carries a new ID number, so a file the gateway let through would make the same file's
 * second registration a 409 duplicate.
 */
class RequestBodyLimitsIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int LIMIT = 1024 * 1024;

    @Test
    void aBodyPastTheLimitIsRefusedWhetherItsLengthIsDeclaredChunkedOrFramedByHttp2() throws Exception {
        String officer = Tokens.officerKaili();
        HttpClient http1 = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
        HttpClient http2 = HttpClient.newBuilder().version(HttpClient.Version.HTTP_2).connectTimeout(Duration.ofSeconds(10)).build();
        // the HTTP/2 connection is set up (h2c upgrade) by a first request, so what follows is sent as HTTP/2 frames
        HttpResponse<String> opened = send(http2, HttpRequest.newBuilder(URI.create(Platform.GATEWAY + "/api/v1/workers/"
                + UUID.randomUUID())).header("Authorization", "Bearer " + officer).GET());
        assertEquals(HttpClient.Version.HTTP_2, opened.version());
        assertEquals(404, opened.statusCode(), "a body-less HTTP/2 request is answered as any other: " + opened.body());

        for (String way : new String[] {"declared", "chunked", "http2"}) {
            Map<String, Object> file = Platform.labourFile("体积 " + way + " " + UUID.randomUUID());
            // megabytes past the limit, more than the sockets' buffers hold: the caller is answered all the same
            byte[] padded = padded(file, LIMIT + 4 * 1024 * 1024);
            HttpResponse<String> refused = switch (way) {
                case "declared" -> send(http1, post(officer).POST(HttpRequest.BodyPublishers.ofByteArray(padded)));
                case "chunked" -> send(http1, post(officer).POST(undeclared(padded)));
                default -> send(http2, post(officer).POST(undeclared(padded)));
            };
            assertEquals(413, refused.statusCode(), way + ": " + refused.body());
            assertTrue(refused.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"), way);
            assertEquals("too-large", JsonPath.from(refused.body()).getString("type").replaceAll(".*/", ""), way);
            assertTrue(refused.body().contains(String.valueOf(LIMIT)), "the limit is named: " + refused.body());
            // nothing of it was stored: the same labour file registers now, once
            as(officer).body(file).post("/api/v1/workers").then().statusCode(201);
        }

        // within the limit, a body of undeclared length reaches the service whole, chunked and over HTTP/2 (the
        // connections that carried the refused bodies serve these)
        for (HttpClient client : new HttpClient[] {http1, http2}) {
            Map<String, Object> file = Platform.labourFile("分块 " + UUID.randomUUID());
            HttpResponse<String> created = send(client, post(officer).POST(undeclared(padded(file, 50_000))));
            assertEquals(201, created.statusCode(), client.version() + ": " + created.body());
            assertEquals(client.version(), created.version());
            String id = JsonPath.from(created.body()).getString("id");
            as(officer).get("/api/v1/workers/" + id).then().statusCode(200)
                    .body("name", org.hamcrest.Matchers.equalTo(file.get("name")));
        }
    }

    private static HttpRequest.Builder post(String token) {
        return HttpRequest.newBuilder(URI.create(Platform.GATEWAY + "/api/v1/workers")).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json");
    }

    /** A body whose length the client does not know: HTTP/1.1 sends it chunked, HTTP/2 in frames without a length. */
    private static HttpRequest.BodyPublisher undeclared(byte[] body) {
        return HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body));
    }

    /** The object as JSON of at least {@code size} bytes: white space after its opening brace, which JSON ignores. */
    private static byte[] padded(Map<String, Object> object, int size) throws Exception {
        String json = JSON.writeValueAsString(object);
        return ("{" + " ".repeat(Math.max(0, size - json.length())) + json.substring(1)).getBytes(StandardCharsets.UTF_8);
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest.Builder request) throws Exception {
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
