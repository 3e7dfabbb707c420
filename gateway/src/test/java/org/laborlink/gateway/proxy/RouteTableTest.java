package org.laborlink.gateway.proxy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Routes derived from the services' stored OpenAPI documents: needs the services built first (their package phase). */
@Tag("service")
class RouteTableTest {

    @Test
    void theMostSpecificPathWins() {
        assertEquals(Optional.of(RouteTable.MATCHING), RouteTable.serviceFor("/api/v1/workers/42/recommendations"));
        assertEquals(Optional.of(RouteTable.TRAINING), RouteTable.serviceFor("/api/v1/workers/42/course-suggestions"));
        assertEquals(Optional.of(RouteTable.WORKER_REGISTRY), RouteTable.serviceFor("/api/v1/workers/42"));
        assertEquals(Optional.of(RouteTable.WORKER_REGISTRY), RouteTable.serviceFor("/api/v1/workers/42/verifications"));
        assertEquals(Optional.of(RouteTable.WORKER_REGISTRY), RouteTable.serviceFor("/api/v1/workers"));
        assertEquals(Optional.of(RouteTable.MATCHING), RouteTable.serviceFor("/api/v1/jobs/7/candidates"));
        assertEquals(Optional.of(RouteTable.JOB_BOARD), RouteTable.serviceFor("/api/v1/jobs/7/applications"));
        assertEquals(Optional.of(RouteTable.JOB_BOARD), RouteTable.serviceFor("/api/v1/jobs/"));
        assertEquals(Optional.of(RouteTable.TRAINING), RouteTable.serviceFor("/api/v1/regions/522601/training-targets"));
        assertEquals(Optional.of(RouteTable.WORKER_REGISTRY), RouteTable.serviceFor("/api/v1/regions/522601/lists/employed"));
        assertEquals(Optional.of(RouteTable.SUBSIDY), RouteTable.serviceFor("/api/v1/claims/9/approve"));
        assertEquals(Optional.of(RouteTable.SUBSIDY), RouteTable.serviceFor("/api/v1/regions/522601/claim-figures"));
        assertEquals(Optional.of(RouteTable.SUBSIDY), RouteTable.serviceFor("/api/v1/partners/520000/claim-totals"));
        assertEquals(Optional.of(RouteTable.JOB_BOARD), RouteTable.serviceFor("/api/v1/partners/520000/employment-feed"));
        assertEquals(Optional.of(RouteTable.WORKER_REGISTRY), RouteTable.serviceFor("/api/v1/regions/522601/unverified-files"));
        assertEquals(Optional.of(RouteTable.JOB_BOARD), RouteTable.serviceFor("/api/v1/partners/520000/employment-feed"));
    }

    @Test
    void unknownPathsHaveNoService() {
        assertTrue(RouteTable.serviceFor("/api/v1/nothing-here").isEmpty());
        assertTrue(RouteTable.serviceFor("/api/v1/regions/522601").isEmpty());
        assertTrue(RouteTable.serviceFor("/api/v2/workers").isEmpty());
    }

    @Test
    void metricsSeeTemplatesNeverIds() {
        assertEquals("/api/v1/workers/{id}/recommendations",
                RouteTable.template("/api/v1/workers/0b2e5c3e-4c1d-4e8a-9f00-1a2b3c4d5e6f/recommendations"));
        assertEquals("/api/v1/employers/{id}", RouteTable.template("/api/v1/employers/acme"));
        assertEquals("/api/v1/regions/{id}/lists/willing-to-go-out",
                RouteTable.template("/api/v1/regions/522601/lists/willing-to-go-out"));
        assertEquals("/api/v1/search/jobs", RouteTable.template("/api/v1/search/jobs"));
        assertEquals("/api/v1/workers", RouteTable.template("/api/v1/workers"));
    }

    @Test
    void requestsAreClassedForRateLimits() {
        assertEquals(RouteTable.RouteClass.READ, RouteTable.classOf("GET", "/api/v1/workers/1"));
        assertEquals(RouteTable.RouteClass.WRITE, RouteTable.classOf("PATCH", "/api/v1/workers/1"));
        assertEquals(RouteTable.RouteClass.SEARCH, RouteTable.classOf("GET", "/api/v1/workers/1/recommendations"));
        assertEquals(RouteTable.RouteClass.SEARCH, RouteTable.classOf("GET", "/api/v1/search/jobs"));
        assertEquals(RouteTable.RouteClass.SEARCH, RouteTable.classOf("POST", "/api/v1/occupations/normalize"));
        assertEquals(RouteTable.RouteClass.IMPORT, RouteTable.classOf("POST", "/api/v1/worker-imports"));
        assertEquals(RouteTable.RouteClass.READ, RouteTable.classOf("GET", "/api/v1/worker-imports/1"));
    }
}
