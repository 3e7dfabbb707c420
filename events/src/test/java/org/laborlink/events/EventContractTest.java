package org.laborlink.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.laborlink.events.accounts.AccountKind;
import org.laborlink.events.accounts.AccountLinked;
import org.laborlink.events.accounts.AccountUnlinked;
import org.laborlink.events.applications.ApplicationChanged;
import org.laborlink.events.employers.EmployerChanged;
import org.laborlink.events.employment.EmploymentEnded;
import org.laborlink.events.employment.EmploymentMilestone;
import org.laborlink.events.employment.WorkerHired;
import org.laborlink.events.jobs.PostingClosed;
import org.laborlink.events.jobs.PostingPublished;
import org.laborlink.events.jobs.PostingSuspended;
import org.laborlink.events.jobs.PostingUpdated;
import org.laborlink.events.jobs.RequiredSkill;
import org.laborlink.events.matches.MatchSuggested;
import org.laborlink.events.subsidies.ClaimDecided;
import org.laborlink.events.rights.EmployerFlagChanged;
import org.laborlink.events.rights.RightsCaseChanged;
import org.laborlink.events.subsidies.ClaimPaid;
import org.laborlink.events.subsidies.ClaimStatus;
import org.laborlink.events.subsidies.ClaimSubmitted;
import org.laborlink.events.subsidies.ProgrammeKind;
import org.laborlink.events.training.CourseChanged;
import org.laborlink.events.training.CourseMode;
import org.laborlink.events.training.EnrolmentChanged;
import org.laborlink.events.workers.EmploymentStatus;
import org.laborlink.events.workers.EmploymentStatusChanged;
import org.laborlink.events.workers.LabourFileRegistered;
import org.laborlink.events.workers.LabourFileUpdated;
import org.laborlink.events.workers.LabourFileVerified;
import org.laborlink.events.workers.PovertyStatus;
import org.laborlink.events.workers.VerificationOutcome;
import org.laborlink.events.workers.WorkerSkill;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * Keeps the event records and their published JSON Schemas in step: same fields, same JSON types, the same required
 * set (every field not marked {@link Nullable}), enum values alike; and a sample of each event survives the trip
 * through a Kafka record and back.
 */
@Tag("unit")
class EventContractTest {

    static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    static final Map<EventCatalog, DomainEvent> SAMPLES = Map.ofEntries(
            Map.entry(EventCatalog.LABOUR_FILE_REGISTERED, new LabourFileRegistered("6f1c9a52-8a8e-4a55-9b0e-0c1f2a3b4c5d", 1,
                    "522601", null, new GeoPoint(26.57, 107.98), PovertyStatus.REGISTERED_POOR,
                    List.of(new WorkerSkill("4-10-01-05", SkillLevel.BASIC)), List.of("4-10-01-05"),
                    new BigDecimal("4500"), false, LocalDate.of(2026, 12, 1), List.of("330000"),
                    List.of(JobType.REGULAR, JobType.CARING_JOB), Instant.parse("2026-11-23T08:00:00Z"))),
            Map.entry(EventCatalog.LABOUR_FILE_UPDATED, new LabourFileUpdated("6f1c9a52-8a8e-4a55-9b0e-0c1f2a3b4c5d", 2,
                    "522601", "330106", null, PovertyStatus.LIFTED_OUT, List.of(), List.of("4-10-01-06"), null, true,
                    null, List.of("330000", "440000"), List.of(JobType.REGULAR), List.of("willingToMigrateTo"),
                    Instant.parse("2026-11-24T08:00:00Z"))),
            Map.entry(EventCatalog.LABOUR_FILE_VERIFIED, new LabourFileVerified("6f1c9a52-8a8e-4a55-9b0e-0c1f2a3b4c5d", 3,
                    "522601", LocalDate.of(2026, 11, 20), VerificationOutcome.CORRECTED, "phone number updated",
                    Instant.parse("2026-11-24T09:00:00Z"))),
            Map.entry(EventCatalog.POSTING_PUBLISHED, new PostingPublished("0b7e3c1d-2f4a-4b5c-8d6e-7f8091a2b3c4", 1,
                    "00000000-0000-4000-8000-00000000e001", "养老护理员", "4-10-01-05", JobType.CARING_JOB, "330106",
                    null, new BigDecimal("4500"), new BigDecimal("5200"), 10, 10,
                    List.of(new RequiredSkill("4-10-01-05", SkillLevel.BASIC, true)), true, true, false, null,
                    LocalDate.of(2027, 3, 1), Instant.parse("2026-11-23T08:00:00Z"))),
            Map.entry(EventCatalog.POSTING_UPDATED, new PostingUpdated("0b7e3c1d-2f4a-4b5c-8d6e-7f8091a2b3c4", 2,
                    "00000000-0000-4000-8000-00000000e001", "养老护理员", "4-10-01-05", JobType.CARING_JOB, "330106",
                    null, new BigDecimal("4600"), new BigDecimal("5400"), 10, 9,
                    List.of(new RequiredSkill("4-10-01-05", SkillLevel.BASIC, true)), true, true, false, null,
                    LocalDate.of(2027, 3, 1), Instant.parse("2026-11-23T08:00:00Z"), List.of("payMin", "payMax"),
                    Instant.parse("2026-11-24T08:00:00Z"))),
            Map.entry(EventCatalog.POSTING_CLOSED, new PostingClosed("0b7e3c1d-2f4a-4b5c-8d6e-7f8091a2b3c4", 2,
                    PostingClosed.Outcome.FILLED, Instant.parse("2026-11-24T08:00:00Z"))),
            Map.entry(EventCatalog.WORKER_HIRED, new WorkerHired("9d1c9a52-8a8e-4a55-9b0e-0c1f2a3b4c5d", 1,
                    "6f1c9a52-8a8e-4a55-9b0e-0c1f2a3b4c5d", "00000000-0000-4000-8000-00000000e001", null, "330106",
                    LocalDate.of(2026, 12, 1), new BigDecimal("5200"), true, Instant.parse("2026-11-25T08:00:00Z"), "522601",
                    JobType.CARING_JOB, null)),
            Map.entry(EventCatalog.APPLICATION_CHANGED, new ApplicationChanged("3a1c9a52-8a8e-4a55-9b0e-0c1f2a3b4c5d", 2,
                    "7b1c9a52-8a8e-4a55-9b0e-0c1f2a3b4c5d", "6f1c9a52-8a8e-4a55-9b0e-0c1f2a3b4c5d",
                    "00000000-0000-4000-8000-00000000e001", ApplicationChanged.Status.OFFERED, null,
                    Instant.parse("2026-11-25T08:00:00Z"), "522601", "4-10-01-05", "330106")),
            Map.entry(EventCatalog.EMPLOYER_CHANGED, new EmployerChanged("00000000-0000-4000-8000-00000000e001", 2,
                    "杭州康养服务有限公司", "330106", new GeoPoint(30.26, 120.13), "elderly care", true, true, false, true, true,
                    Instant.parse("2026-11-25T08:00:00Z"), EmployerChanged.Standing.VERIFIED)),
            Map.entry(EventCatalog.ACCOUNT_LINKED, new AccountLinked("3f1c9a52-8a8e-4a55-9b0e-0c1f2a3b4c5d", 1,
                    "8d2c9a52-8a8e-4a55-9b0e-0c1f2a3b4c5d", AccountKind.EMPLOYER_HR, "00000000-0000-4000-8000-00000000e001",
                    "employer", "8d2c9a52-8a8e-4a55-9b0e-0c1f2a3b4c5d", Instant.parse("2026-11-25T08:00:00Z"))),
            Map.entry(EventCatalog.ACCOUNT_UNLINKED, new AccountUnlinked("3f1c9a52-8a8e-4a55-9b0e-0c1f2a3b4c5d", 2,
                    "8d2c9a52-8a8e-4a55-9b0e-0c1f2a3b4c5d", AccountKind.EMPLOYER_HR, "00000000-0000-4000-8000-00000000e001",
                    "9e2c9a52-8a8e-4a55-9b0e-0c1f2a3b4c5d", Instant.parse("2026-11-26T08:00:00Z"))),
            Map.entry(EventCatalog.RIGHTS_CASE_CHANGED, new RightsCaseChanged("7e1c9a52-8a8e-4a55-9b0e-0c1f2a3b4c5d", 2,
                    "9d1c9a52-8a8e-4a55-9b0e-0c1f2a3b4c5d", "00000000-0000-4000-8000-00000000e001",
                    "6f1c9a52-8a8e-4a55-9b0e-0c1f2a3b4c5d", "522601", "330106", RightsCaseChanged.CaseType.WAGE_ARREARS,
                    RightsCaseChanged.CaseStatus.RESOLVED, new BigDecimal("4200.00"), new BigDecimal("3000.00"),
                    Instant.parse("2026-11-28T08:00:00Z"), Instant.parse("2026-12-25T08:00:00Z"),
                    Instant.parse("2026-11-26T08:00:00Z"))),
            Map.entry(EventCatalog.EMPLOYER_FLAG_CHANGED, new EmployerFlagChanged("00000000-0000-4000-8000-00000000e001", 7,
                    "330106", EmployerFlagChanged.Reason.CHURN, true, true,
                    List.of(new EmployerFlagChanged.HomeRegionWorkers("522601", 12)), Instant.parse("2026-11-26T08:00:00Z"))),
            Map.entry(EventCatalog.POSTING_SUSPENDED, new PostingSuspended("0b7e3c1d-2f4a-4b5c-8d6e-7f8091a2b3c4", 3,
                    "00000000-0000-4000-8000-00000000e001", Instant.parse("2026-11-25T09:00:00Z"))),
            Map.entry(EventCatalog.CLAIM_SUBMITTED, new ClaimSubmitted("5c1c9a52-8a8e-4a55-9b0e-0c1f2a3b4c5d", 1,
                    ProgrammeKind.TRANSPORT, "9d1c9a52-8a8e-4a55-9b0e-0c1f2a3b4c5d", "WORKER",
                    "6f1c9a52-8a8e-4a55-9b0e-0c1f2a3b4c5d", null, "9d1c9a52-8a8e-4a55-9b0e-0c1f2a3b4c5d",
                    new BigDecimal("1000"), Instant.parse("2026-11-25T08:00:00Z"))),
            Map.entry(EventCatalog.CLAIM_DECIDED, new ClaimDecided("5c1c9a52-8a8e-4a55-9b0e-0c1f2a3b4c5d", 2,
                    ProgrammeKind.TRANSPORT, ClaimStatus.REJECTED, "522601", null, List.of("fact:LEFT_HOME_PREFECTURE"),
                    null, "subsidy-service", Instant.parse("2026-11-25T08:00:00Z"))),
            Map.entry(EventCatalog.CLAIM_PAID, new ClaimPaid("5c1c9a52-8a8e-4a55-9b0e-0c1f2a3b4c5d", 4,
                    ProgrammeKind.TRANSPORT, "522601", new BigDecimal("800"), "PAY-2026-000123", "officer-kaili",
                    Instant.parse("2026-11-26T08:00:00Z"))),
            Map.entry(EventCatalog.COURSE_CHANGED, new CourseChanged("2c1c9a52-8a8e-4a55-9b0e-0c1f2a3b4c5d", 1,
                    CourseChanged.Change.PUBLISHED, "provider-kaili-vocational", "养老护理员（初级）", "4-10-01-05",
                    List.of("4-10-01-05"), SkillLevel.CERTIFIED, CourseMode.HYBRID, "522601", new GeoPoint(26.57, 107.98),
                    LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 20), 30, 30, new BigDecimal("0"), true, null, null,
                    Instant.parse("2026-11-25T08:00:00Z"))),
            Map.entry(EventCatalog.MATCH_SUGGESTED, new MatchSuggested("0b7e3c1d-2f4a-4b5c-8d6e-7f8091a2b3c4", 1,
                    "6f1c9a52-8a8e-4a55-9b0e-0c1f2a3b4c5d", 1, 11.5, List.of("1 of 1 required skills", "3 km from home"),
                    Instant.parse("2026-11-24T08:00:00Z"))),
            Map.entry(EventCatalog.ENROLMENT_CHANGED, new EnrolmentChanged("1c1c9a52-8a8e-4a55-9b0e-0c1f2a3b4c5d", 3,
                    "2c1c9a52-8a8e-4a55-9b0e-0c1f2a3b4c5d", "6f1c9a52-8a8e-4a55-9b0e-0c1f2a3b4c5d",
                    EnrolmentChanged.Status.COMPLETED, "4-10-01-05", List.of("4-10-01-05"), SkillLevel.CERTIFIED,
                    "GZ-2026-000123", null, Instant.parse("2026-12-20T08:00:00Z"))),
            Map.entry(EventCatalog.EMPLOYMENT_MILESTONE, new EmploymentMilestone("9d1c9a52-8a8e-4a55-9b0e-0c1f2a3b4c5d", 2,
                    "6f1c9a52-8a8e-4a55-9b0e-0c1f2a3b4c5d", "00000000-0000-4000-8000-00000000e001", 3,
                    LocalDate.of(2027, 3, 1), Instant.parse("2027-03-01T08:00:00Z"))),
            Map.entry(EventCatalog.EMPLOYMENT_ENDED, new EmploymentEnded("9d1c9a52-8a8e-4a55-9b0e-0c1f2a3b4c5d", 2,
                    "6f1c9a52-8a8e-4a55-9b0e-0c1f2a3b4c5d", "00000000-0000-4000-8000-00000000e001",
                    LocalDate.of(2027, 2, 1), "went home for the Spring Festival", Instant.parse("2027-02-01T08:00:00Z"),
                    "7b1c9a52-8a8e-4a55-9b0e-0c1f2a3b4c5d", "4-10-01-05", "330106", "522601", LocalDate.of(2026, 12, 1))),
            Map.entry(EventCatalog.EMPLOYMENT_STATUS_CHANGED, new EmploymentStatusChanged(
                    "6f1c9a52-8a8e-4a55-9b0e-0c1f2a3b4c5d", 4, "522601", EmploymentStatus.EMPLOYED_MIGRANT,
                    "00000000-0000-4000-8000-00000000e001", LocalDate.of(2026, 12, 1), Instant.parse("2026-11-25T08:00:01Z"))));

    @ParameterizedTest
    @EnumSource(EventCatalog.class)
    void schemaDeclaresExactlyTheRecordFields(EventCatalog kind) throws IOException {
        JsonNode schema = schema(kind);
        Set<String> declared = fieldNames(schema.get("properties"));
        Set<String> components = new TreeSet<>();
        Set<String> required = new TreeSet<>();
        for (RecordComponent c : kind.dataClass().getRecordComponents()) {
            components.add(c.getName());
            if (!c.isAnnotationPresent(Nullable.class)) {
                required.add(c.getName());
            }
        }
        assertEquals(components, declared, kind + ": schema properties vs record components");
        Set<String> schemaRequired = new TreeSet<>();
        schema.get("required").forEach(n -> schemaRequired.add(n.asText()));
        assertEquals(required, schemaRequired, kind + ": required fields vs non-@Nullable components");
        for (RecordComponent c : kind.dataClass().getRecordComponents()) {
            JsonNode property = schema.get("properties").get(c.getName());
            Set<String> types = types(property);
            assertTrue(types.contains(jsonType(c.getType())),
                    kind + "." + c.getName() + ": schema type " + types + " does not admit " + c.getType().getSimpleName());
            assertEquals(c.isAnnotationPresent(Nullable.class), types.contains("null"),
                    kind + "." + c.getName() + ": nullable in the record iff the schema admits null");
            if (c.getType().isEnum()) {
                // a nullable enum lists null among its values (JSON Schema checks enum after type)
                Set<String> values = new java.util.HashSet<>();
                property.get("enum").forEach(v -> values.add(v.isNull() ? null : v.asText()));
                assertEquals(c.isAnnotationPresent(Nullable.class), values.remove(null),
                        kind + "." + c.getName() + ": enum lists null iff nullable");
                assertEquals(enumNames(c.getType()), values, kind + "." + c.getName() + " enum");
            }
            if (Collection.class.isAssignableFrom(c.getType())) {
                Type element = ((ParameterizedType) c.getGenericType()).getActualTypeArguments()[0];
                if (element instanceof Class<?> e && e.isEnum()) {
                    assertEquals(enumNames(e), textSet(property.get("items").get("enum")), kind + "." + c.getName() + " items");
                }
            }
        }
    }

    @ParameterizedTest
    @EnumSource(EventCatalog.class)
    void sampleTravelsThroughKafkaRecordUnchanged(EventCatalog kind) throws IOException {
        DomainEvent sample = SAMPLES.get(kind);
        assertNotNull(sample, "every catalogue entry needs a sample in this test");
        assertEquals(kind, sample.kind());

        EventEnvelope sent = EventEnvelope.wrap(sample, "test", JSON);
        ProducerRecord<String, String> produced = sent.toKafkaRecord(kind.topic());
        assertEquals(sample.aggregateId(), produced.key());
        ConsumerRecord<String, String> consumed = new ConsumerRecord<>(kind.topic(), 0, 0L, produced.key(), produced.value());
        produced.headers().forEach(h -> consumed.headers().add(h));

        EventEnvelope received = EventEnvelope.fromKafka(consumed);
        assertEquals(sent, received);
        assertEquals(sample, received.dataAsEvent(JSON));

        JsonNode data = JSON.readTree(received.data());
        JsonNode schema = schema(kind);
        for (String name : fieldNames(data)) {
            assertTrue(schema.get("properties").has(name), kind + ": serialized field " + name + " not in schema");
        }
        for (JsonNode required : schema.get("required")) {
            assertTrue(data.hasNonNull(required.asText()), kind + ": required " + required.asText() + " missing in JSON");
        }
    }

    private static JsonNode schema(EventCatalog kind) throws IOException {
        try (InputStream in = EventCatalog.class.getClassLoader().getResourceAsStream(kind.schemaResource())) {
            assertNotNull(in, "schema " + kind.schemaResource() + " missing");
            JsonNode schema = JSON.readTree(in);
            assertEquals(kind.type(), schema.get("$id").asText().replaceAll(".*/(.*)\\.json$", "$1"));
            return schema;
        }
    }

    private static String jsonType(Class<?> type) {
        if (type == String.class || type.isEnum() || type == Instant.class || type == LocalDate.class) {
            return "string";
        }
        if (type == int.class || type == long.class || type == Integer.class || type == Long.class) {
            return "integer";
        }
        if (type == BigDecimal.class || type == double.class) {
            return "number";
        }
        if (type == boolean.class) {
            return "boolean";
        }
        if (Collection.class.isAssignableFrom(type)) {
            return "array";
        }
        return "object";
    }

    private static Set<String> types(JsonNode property) {
        JsonNode type = property.get("type");
        return type.isArray() ? textSet(type) : Set.of(type.asText());
    }

    private static Set<String> textSet(JsonNode array) {
        Set<String> out = new TreeSet<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static Set<String> enumNames(Class<?> e) {
        Set<String> out = new TreeSet<>();
        for (Object constant : e.getEnumConstants()) {
            out.add(((Enum<?>) constant).name());
        }
        return out;
    }

    private static Set<String> fieldNames(JsonNode node) {
        Set<String> out = new LinkedHashSet<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext();) {
            out.add(it.next());
        }
        return new TreeSet<>(out);
    }
}
