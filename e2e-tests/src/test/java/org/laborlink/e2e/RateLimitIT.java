package org.laborlink.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.laborlink.platform.testing.Tokens;

import io.restassured.path.json.JsonPath;

/**
 * Fair use per client: a person's token (the app's client) that reads far faster than its 10 a second with bursts of
 * 20 is answered 429 problem+json with Retry-After and the IETF RateLimit headers, while another person reading at
 * the same moment is served.
 */
class RateLimitIT {

    @Test
    void aBurstFromOnePersonIsThrottledWhileAnotherPersonIsServed() throws Exception {
        String greedy = Tokens.asAppUser("employer-other");
        String other = Tokens.asAppUser("worker-other");
        String path = "/api/v1/jobs/" + World.get().posting;
        List<HttpResponse<String>> burst = Platform.concurrently(60, i -> get(greedy, path));
        HttpResponse<String> meanwhile = get(other, path);

        List<HttpResponse<String>> refused = burst.stream().filter(r -> r.statusCode() == 429).toList();
        long served = burst.stream().filter(r -> r.statusCode() == 200).count();
        System.out.printf("[rate limit] 60 reads at once from one person: %d served, %d refused 429%n", served,
                refused.size());
        assertTrue(served >= 15 && served <= 30, "about a burst of 20 is served at once: " + served);
        assertEquals(60, served + refused.size(), "every request is served or refused 429");
        HttpResponse<String> first = refused.get(0);
        assertTrue(first.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertEquals("too-many-requests", JsonPath.from(first.body()).getString("type").replaceAll(".*/", ""));
        assertTrue(Integer.parseInt(first.headers().firstValue("Retry-After").orElseThrow()) >= 1);
        assertTrue(first.headers().firstValue("RateLimit-Policy").orElseThrow().matches("\"person-read\";q=20;w=2"),
                first.headers().map().toString());
        assertTrue(first.headers().firstValue("RateLimit").orElseThrow().matches("\"person-read\";r=0;t=[0-9]+"));

        assertEquals(200, meanwhile.statusCode(), "another person is not held back by the first one's burst");
        assertTrue(meanwhile.headers().firstValue("RateLimit").orElseThrow().matches("\"person-read\";r=1[0-9];t=[0-9]+"));
        Thread.sleep(2_100);
        assertEquals(200, get(greedy, path).statusCode(), "the bucket refills");
    }

    private static HttpResponse<String> get(String token, String path) throws Exception {
        return Platform.HTTP.send(HttpRequest.newBuilder(URI.create(Platform.GATEWAY + path))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
