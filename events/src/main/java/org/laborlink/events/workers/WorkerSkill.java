package org.laborlink.events.workers;

import org.laborlink.events.Nullable;
import org.laborlink.events.SkillLevel;

/** A skill a worker has: CSCO occupation or skill code, the level reached, and the certificate for a certified level. */
public record WorkerSkill(String code, SkillLevel level, @Nullable String certificateNumber) {

    public WorkerSkill(String code, SkillLevel level) {
        this(code, level, null);
    }
}
