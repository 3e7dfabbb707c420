package org.laborlink.platform.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class DemoSettingsGuardTest {

    @Test
    void theDemoKeysAndTheLocalRealmAreRefusedEachNamed() {
        List<String> refusals = DemoSettingsGuard.refusals(Optional.of("http://127.0.0.1:18080/realms/laborlink"),
                Optional.of("bG9jYWwtb25seS1kZW1vLWtleS1hZXMtZ2NtLTI1NiE="),
                Optional.of("bG9jYWwtb25seS1kZW1vLWtleS1mb3ItaG1hYy1pZHg="));
        assertEquals(3, refusals.size(), refusals.toString());
        assertTrue(refusals.get(0).contains("LABORLINK_PII_ENCRYPTION_KEY"));
        assertTrue(refusals.get(1).contains("LABORLINK_PII_INDEX_KEY"));
        assertTrue(refusals.get(2).contains("QUARKUS_OIDC_AUTH_SERVER_URL"));
    }

    @Test
    void aProvincesOwnSettingsPass() {
        assertEquals(List.of(), DemoSettingsGuard.refusals(Optional.of("https://login.hrss.gz.example/realms/laborlink"),
                Optional.of("c2VjcmV0LWtleS1vZi10aGUtcHJvdmluY2UtMzItYnl0ZXM="), Optional.empty()));
    }
}
