package org.laborlink.matching;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.laborlink.platform.testing.ServiceTemplate;

/** This service keeps the template every service shares (aggregates of api, domain, store, events). */
@Tag("unit")
class TemplateTest {

    @Test
    void keepsTheServiceTemplate() {
        ServiceTemplate.check("org.laborlink.matching");
    }
}
