package org.laborlink.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.laborlink.e2e.World.Party;

import io.restassured.response.Response;

/**
 * Who may reach which object, for every operation with a path id the services' OpenAPI documents list: each wrong
 * party (another worker, employer, provider, an officer of another county or province, another province's partner)
 * is refused (401, 403 or 404; a write may also be refused for its body first), no token and a tampered token get
 * 401, and the object's reader reads it. Nothing answers 5xx. A few operations are open to anyone signed in by
 * design (an open posting, an employer, a fair, a campaign, a course, a province's policies; applying, enrolling oneself).
 */
class AccessMatrixIT {

    static final Set<String> OPEN_TO_ANYONE_SIGNED_IN = Set.of("GET /api/v1/jobs/{id}",
            "GET /api/v1/job-fairs/{id}", "GET /api/v1/campaigns/{id}", "GET /api/v1/courses/{id}", "GET /api/v1/policies/{province}",
            "GET /api/v1/subsidy-policies/{province}", "GET /api/v1/rights-policies/{province}", "POST /api/v1/jobs/{id}/applications",
            "POST /api/v1/courses/{id}/enrolments");
    static final Set<Integer> REFUSED_READ = Set.of(401, 403, 404);
    /** A write may still be refused for its sample body or a precondition before its object is looked at. */
    static final Set<Integer> REFUSED_WRITE = Set.of(400, 401, 403, 404, 405, 415, 422, 428);

    @Test
    void everyOperationOnAnObjectRefusesEveryWrongPartyAndServesItsReader() {
        World world = World.get();
        List<String> wrong = new ArrayList<>();
        List<String> unprobed = new ArrayList<>();
        int operations = 0;
        int probes = 0;
        int refusedForTheBody = 0;
        for (OpenApi.Operation op : OpenApi.operations()) {
            if (op.pathParameters().isEmpty()) {
                continue;
            }
            String path = world.fill(op);
            World.Fixture fixture = world.fixtureOf(op);
            if (path == null || fixture == null) {
                unprobed.add(op.key());
                continue;
            }
            operations++;
            boolean open = OPEN_TO_ANYONE_SIGNED_IN.contains(op.key());
            for (Party party : Party.values()) {
                if (fixture.maySee().contains(party) || party == fixture.reader()) {
                    continue;
                }
                boolean anonymous = party == Party.NO_TOKEN || party == Party.TAMPERED_TOKEN;
                if (open && !anonymous) {
                    continue;
                }
                Response answer = request(op, party, path);
                probes++;
                int status = answer.statusCode();
                Set<Integer> refused = anonymous ? Set.of(401) : op.reads() ? REFUSED_READ : REFUSED_WRITE;
                if (status == 400) {
                    refusedForTheBody++;
                }
                if (!refused.contains(status) || !answer.contentType().startsWith("application/problem+json")) {
                    wrong.add(op.key() + " as " + party + ": " + status + " " + abbreviated(answer.asString()));
                }
            }
            if (op.reads()) {
                Response answer = request(op, fixture.reader(), path);
                probes++;
                if (answer.statusCode() >= 300 && answer.statusCode() != 304) {
                    wrong.add(op.key() + " as its reader " + fixture.reader() + ": " + answer.statusCode() + " "
                            + abbreviated(answer.asString()));
                }
            }
        }
        System.out.printf("[access matrix] %d operations with a path id, %d probes (%d writes refused for their body "
                + "first), %d wrong%n", operations, probes, refusedForTheBody, wrong.size());
        assertEquals(List.of(), unprobed, "operations whose path names an object no fixture of World stands for");
        assertEquals(List.of(), wrong, "answers a wrong party or the reader should not have had");
        assertTrue(operations > 40, "the OpenAPI documents list the operations (" + operations + ")");
    }

    private static Response request(OpenApi.Operation op, Party party, String path) {
        var spec = World.asParty(party);
        if (op.jsonBody()) {
            spec = spec.body(World.sampleBody(op));
        }
        return spec.request(op.method(), path);
    }

    static String abbreviated(String body) {
        return body.length() <= 300 ? body : body.substring(0, 300) + "...";
    }
}
