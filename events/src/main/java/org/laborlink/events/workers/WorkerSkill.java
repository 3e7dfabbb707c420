package org.laborlink.events.workers;

import org.laborlink.events.SkillLevel;

/** A skill a worker has: CSCO occupation or skill code, and the level reached. */
public record WorkerSkill(String code, SkillLevel level) {
}
