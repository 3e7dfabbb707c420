package org.laborlink.e2e;

import static io.restassured.RestAssured.given;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.laborlink.events.EventEnvelope;
import org.laborlink.platform.reference.OccupationClassification;
import org.laborlink.platform.testing.ResidentIds;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * The platform deploy/local started, as the tests reach it: the gateway for everything a user does, OpenSearch to
 * look inside the index, and the deploy script to stop and start a server.
 */
final class Platform {

    static final String GATEWAY = System.getProperty("laborlink.gateway.url", "http://127.0.0.1:18000");
    static final String KAFKA = System.getProperty("laborlink.kafka.bootstrap", "127.0.0.1:19092");
    static final String OPENSEARCH = System.getProperty("laborlink.opensearch.url", "http://127.0.0.1:19200");
    static final Path REPOSITORY = Path.of(System.getProperty("laborlink.repository.dir", "..")).toAbsolutePath().normalize();

    /** Kaili, Guizhou: the county of the demo officer. */
    static final String KAILI = "522601";
    /** Xihu district, Hangzhou, Zhejiang: where migrants from Guizhou go. */
    static final String HANGZHOU_XIHU = "330106";
    static final String ELDERLY_CARE = "4-10-01-05";
    static final String HOUSEKEEPING = "4-10-01-06";

    static {
        // a failed expectation shows the request and the answer (problem detail included), not just a status
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private Platform() {
    }

    static RequestSpecification as(String token) {
        return given().baseUri(GATEWAY).header("Authorization", "Bearer " + token).contentType(ContentType.JSON);
    }

    static Map<String, Object> labourFile(String name) {
        return Map.of("name", name, "idNumber", ResidentIds.next(), "householdRegion", KAILI,
                "home", Map.of("lat", 26.57, "lon", 107.98),
                "povertyStatus", "REGISTERED_POOR",
                "skills", List.of(Map.of("code", ELDERLY_CARE, "level", "BASIC")),
                "desiredOccupations", List.of(ELDERLY_CARE),
                "expectedMonthlyPay", 4500,
                "willingToMigrateTo", List.of("330000"),
                "acceptedJobTypes", List.of("REGULAR", "CARING_JOB"));
    }

    /**
     * A caring job in Hangzhou. Tests post it again and again on the same database, so it says it is not a repost
     * (the likely-duplicate rule has its own test).
     */
    /** The employer employer-demo acts for: registered and verified by `up`, linked by the platform. */
    static String demoEmployer() {
        return org.laborlink.platform.testing.Tokens.claim(org.laborlink.platform.testing.Tokens.employer(), "employer_id");
    }

    static Map<String, Object> caringJob(String title) {
        return Map.ofEntries(Map.entry("title", title), Map.entry("occupationCode", ELDERLY_CARE),
                Map.entry("workRegion", HANGZHOU_XIHU), Map.entry("location", Map.of("lat", 30.26, "lon", 120.13)),
                Map.entry("jobType", "CARING_JOB"), Map.entry("payMin", 4500), Map.entry("payMax", 5200),
                Map.entry("headcount", 10), Map.entry("accommodation", true),
                Map.entry("requiredSkills", List.of(Map.of("code", ELDERLY_CARE, "level", "BASIC", "mustHave", false))),
                Map.entry("notADuplicate", true));
    }

    /**
     * Every recommendation of the worker in rank order, page by page (the first page from the kept list, the rest
     * from the index), as a Kaili officer sees them; empty while matching does not know the labour file yet. The
     * suite shares one database with earlier runs, so a test's postings may rank anywhere: it looks at all of them.
     */
    static Map<String, Map<String, Object>> recommended(String worker) {
        Map<String, Map<String, Object>> shown = new LinkedHashMap<>();
        String after = null;
        for (int page = 0; page < 200; page++) {
            Response response = as(org.laborlink.platform.testing.Tokens.officerKaili()).queryParam("limit", 50)
                    .queryParams(after == null ? Map.of() : Map.of("after", after))
                    .get("/api/v1/workers/" + worker + "/recommendations");
            if (response.statusCode() != 200) {
                return shown;
            }
            List<Map<String, Object>> items = response.path("items");
            for (Map<String, Object> item : items) {
                shown.putIfAbsent((String) ((Map<?, ?>) item.get("posting")).get("postingId"), item);
            }
            after = response.path("next");
            if (after == null) {
                break;
            }
        }
        return shown;
    }

    /**
     * Where to watch one posting in the worker's recommendations: the cursor of the page before the page (of 50)
     * that shows it ("" when that page is the first or second), or null when none does. A test watching one posting
     * come and go reads the pages around it alone ({@link #pageShows}), not every page (a full read costs more, the
     * more postings earlier runs left).
     */
    static String pageShowing(String worker, String postingId) {
        String before = "";
        String after = "";
        for (int page = 0; page < 200 && after != null; page++) {
            Response response = recommendationPage(worker, after, 50);
            if (response.statusCode() != 200) {
                return null;
            }
            List<String> ids = response.path("items.posting.postingId");
            if (ids.contains(postingId)) {
                return before;
            }
            before = after;
            after = response.path("next");
        }
        return null;
    }

    /**
     * Whether any matching-service instance, asked directly, shows the posting among the 150 recommendations after
     * {@code cursor} ("" for the first): the page that showed it and the pages before and after, so a posting that
     * moved a page up or down as other postings came and went is still seen. Asked of each instance (the gateway
     * would take turns), since each brings its lists up to date itself, within moments of the other.
     */
    static boolean pageShows(String worker, String cursor, String postingId) {
        for (String instance : MATCHING_INSTANCES) {
            Response window = recommendationPage(instance, worker, cursor, 100);
            if (mayShow(window, postingId)) {
                return true;
            }
            String next = window.path("next");
            if (next != null && mayShow(recommendationPage(instance, worker, next, 50), postingId)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a page of recommendations shows the posting, or is not known not to (it was not answered). */
    private static boolean mayShow(Response page, String postingId) {
        return page.statusCode() != 200 || page.<List<String>>path("items.posting.postingId").contains(postingId);
    }

    /** Every matching-service instance deploy/local runs (each checks the token itself). */
    static final List<String> MATCHING_INSTANCES = List.of(
            System.getProperty("laborlink.matching.urls", "http://127.0.0.1:18003,http://127.0.0.1:18013").split(","));

    private static Response recommendationPage(String worker, String after, int limit) {
        return recommendationPage(GATEWAY, worker, after, limit);
    }

    private static Response recommendationPage(String baseUri, String worker, String after, int limit) {
        return as(org.laborlink.platform.testing.Tokens.officerKaili()).baseUri(baseUri).queryParam("limit", limit)
                .queryParams(after.isEmpty() ? Map.of() : Map.of("after", after))
                .get("/api/v1/workers/" + worker + "/recommendations");
    }

    /** The English reasons of a recommendation. */
    @SuppressWarnings("unchecked")
    static List<String> reasonsOf(Map<String, Object> item) {
        return ((List<Map<String, String>>) item.get("reasons")).stream().map(r -> r.get("en")).toList();
    }

    /** Publishes events straight to a topic, as another service's outbox relay would (at least once, so maybe twice). */
    /**
     * A new aggregate id whose records land on the same partition of {@code topic} as {@code key}'s (Kafka's default
     * partitioner: murmur2 of the key). A record published after another on its partition is consumed after it: once
     * its effect shows, the earlier record has been handled.
     */
    static String keyOnSamePartition(String topic, String key) {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KAFKA,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName()))) {
            int partitions = producer.partitionsFor(topic).size();
            int wanted = partition(key, partitions);
            while (true) {
                String candidate = java.util.UUID.randomUUID().toString();
                if (partition(candidate, partitions) == wanted) {
                    return candidate;
                }
            }
        }
    }

    private static int partition(String key, int partitions) {
        return org.apache.kafka.common.utils.Utils.toPositive(
                org.apache.kafka.common.utils.Utils.murmur2(key.getBytes(java.nio.charset.StandardCharsets.UTF_8))) % partitions;
    }

    /** A consumer of every partition of {@code topic}, reading only what is published from now on. Close it. */
    static KafkaConsumer<String, String> fromTheEnd(String topic) {
        KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KAFKA,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false));
        List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position); // from here on
        return consumer;
    }

    static void publish(String topic, EventEnvelope... events) throws Exception {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KAFKA,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName()))) {
            for (EventEnvelope e : events) {
                producer.send(e.toKafkaRecord(topic)).get();
            }
        }
    }

    /**
     * A detailed CSCO 2022 occupation drawn at random from the reference data: a skill few earlier runs' postings,
     * courses or workers share, so a test's own data is not crowded out of a ranked list; none of {@code otherThan}.
     */
    static String randomOccupation(String... otherThan) {
        Set<String> excluded = Set.copyOf(List.of(otherThan));
        List<String> left = DetailedOccupations.CODES.stream().filter(code -> !excluded.contains(code)).toList();
        return left.get(ThreadLocalRandom.current().nextInt(left.size()));
    }

    /** The detailed occupations of csco22.csv, read once with the reader the services use. */
    private static final class DetailedOccupations {
        static final List<String> CODES = new OccupationClassification(
                Path.of(System.getProperty("laborlink.reference-data.dir", "../../shared/data"))).detailedOccupations()
                .stream().map(OccupationClassification.Occupation::code).toList();
    }

    /**
     * A random detailed occupation that no labour file in the workers index yet holds as a skill or wants as an
     * occupation. A test that asserts which workers rank first for a posting needs this: the suite shares one
     * database with every earlier run, and among 1,634 occupations two runs soon draw the same one, whose earlier
     * workers would tie with this run's. The index is looked at directly, as a precondition, not as the answer.
     */
    static String occupationNoWorkerHas() {
        String held = """
                {"size":0,"aggs":{"skills":{"terms":{"field":"skillCodes","size":5000}},
                 "desired":{"terms":{"field":"desiredOccupations","size":5000}}}}""";
        JsonPath answer = given().contentType(ContentType.JSON).body(held).post(OPENSEARCH + "/workers/_search").then()
                .statusCode(200).extract().jsonPath();
        List<String> codes = new ArrayList<>(answer.getList("aggregations.skills.buckets.key", String.class));
        codes.addAll(answer.getList("aggregations.desired.buckets.key", String.class));
        return randomOccupation(codes.toArray(String[]::new));
    }

    /** A plain HTTP client for requests fired at once from many threads. */
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    /** One of {@code n} requests fired together. */
    @FunctionalInterface
    interface Call {
        HttpResponse<String> call(int i) throws Exception;
    }

    /** Fires {@code n} requests at once (a thread each) and returns their answers in order. */
    static List<HttpResponse<String>> concurrently(int n, Call call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            List<Callable<HttpResponse<String>>> calls = new java.util.ArrayList<>();
            for (int i = 0; i < n; i++) {
                int index = i;
                calls.add(() -> call.call(index));
            }
            List<HttpResponse<String>> answers = new java.util.ArrayList<>();
            for (Future<HttpResponse<String>> f : pool.invokeAll(calls)) {
                answers.add(f.get());
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Runs {@code deploy/local/laborlink <args>} and fails the test if it fails. */
    static void deploy(String... args) {
        List<String> command = new ArrayList<>(List.of("bash", REPOSITORY.resolve("deploy/local/laborlink").toString()));
        command.addAll(List.of(args));
        try {
            Process process = new ProcessBuilder(command).inheritIO().start();
            if (!process.waitFor(180, TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new AssertionError("deploy/local/laborlink " + String.join(" ", args) + " failed");
            }
        } catch (IOException e) {
            throw new AssertionError("cannot run deploy/local/laborlink", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
