package org.laborlink.workers.labourfile.domain;

import org.laborlink.platform.caller.Caller;
import org.laborlink.platform.caller.Role;

/** Who may see a labour file: the worker it belongs to, officers of its region, partners of its home province. */
public final class LabourFileAccess {

    private LabourFileAccess() {
    }

    public static boolean canSee(Caller caller, LabourFile file) {
        if (caller.is(Role.WORKER) && caller.workerId().filter(file.id.toString()::equals).isPresent()) {
            return true;
        }
        if (caller.governs(file.householdRegion) || (file.currentRegion != null && caller.governs(file.currentRegion))) {
            return true;
        }
        return caller.is(Role.PARTNER) && caller.province().map(p -> p.contains(file.householdRegion)).orElse(false);
    }
}
