package org.laborlink.subsidies.policy.domain;

import org.laborlink.platform.caller.Caller;
import org.laborlink.platform.caller.Role;

/** Who may claim under a programme: the worker, the employer, or an officer (or admin) on their behalf. */
public enum Claimant {
    WORKER, EMPLOYER, OFFICER;

    /** The capacity a caller claims in; partners never claim. */
    public static Claimant of(Caller caller) {
        if (caller.is(Role.OFFICER) || caller.is(Role.ADMIN)) {
            return OFFICER;
        }
        if (caller.is(Role.EMPLOYER)) {
            return EMPLOYER;
        }
        if (caller.is(Role.WORKER)) {
            return WORKER;
        }
        return null;
    }
}
