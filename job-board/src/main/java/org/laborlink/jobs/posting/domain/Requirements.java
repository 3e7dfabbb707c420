package org.laborlink.jobs.posting.domain;

import java.util.List;

import org.laborlink.events.jobs.RequiredSkill;

/** The skills a posting asks for, must-have and nice-to-have; stored as one JSON document of the posting. */
public record Requirements(List<RequiredSkill> skills) {

    public Requirements {
        skills = List.copyOf(skills);
    }
}
