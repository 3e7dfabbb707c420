package org.laborlink.events.jobs;

import org.laborlink.events.SkillLevel;

/** A skill a posting asks for: the code, the level, and whether it is a must-have or a nice-to-have. */
public record RequiredSkill(String code, SkillLevel level, boolean mustHave) {
}
