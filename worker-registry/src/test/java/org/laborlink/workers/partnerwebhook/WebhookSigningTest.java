package org.laborlink.workers.partnerwebhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class WebhookSigningTest {

    @Test
    void theSignatureIsTheStandardWebhooksOneOfItsExample() {
        // the example the Standard Webhooks libraries test against
        assertEquals("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=", WebhookSigning.signature(
                "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330,
                "{\"test\": 2432232314}"));
    }

    @Test
    void aNewSecretIsTwentyFourRandomBytesAfterThePrefix() {
        String secret = WebhookSigning.newSecret();
        assertTrue(secret.startsWith("whsec_"));
        assertEquals(24, Base64.getDecoder().decode(secret.substring(6)).length);
        assertNotEquals(secret, WebhookSigning.newSecret());
        assertNotEquals(WebhookSigning.signature(secret, "msg_1", 1, "{}"), WebhookSigning.signature(secret, "msg_1", 1, "{ }"));
    }
}
