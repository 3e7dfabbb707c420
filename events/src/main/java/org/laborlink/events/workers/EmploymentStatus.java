package org.laborlink.events.workers;

/** Where a worker stands in work, as the labour file records it. */
public enum EmploymentStatus {
    UNEMPLOYED, EMPLOYED_LOCAL, EMPLOYED_MIGRANT, SELF_EMPLOYED, PUBLIC_WELFARE_POST
}
