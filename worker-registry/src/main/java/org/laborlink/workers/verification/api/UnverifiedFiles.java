package org.laborlink.workers.verification.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A page of labour files of a region not verified for some days; {@code next} is the cursor of the following page. */
public record UnverifiedFiles(String region, int days, List<Item> items, String next) {

    /** One file due for a visit. */
    public record Item(UUID id, String name, String householdRegion, LocalDate lastVerifiedOn, String lastVerifiedBy) {
    }
}
