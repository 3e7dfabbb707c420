package org.laborlink.workers.labourfile.domain;

import java.util.List;

import org.laborlink.events.JobType;
import org.laborlink.events.workers.WorkerSkill;

/**
 * What a worker can do and the work they want: skills with levels, desired CSCO occupations, the provinces they
 * would migrate to, and the job types they accept. Stored as one JSON document of the labour file.
 */
public record SkillsAndWishes(
        List<WorkerSkill> skills,
        List<String> desiredOccupations,
        List<String> willingToMigrateTo,
        List<JobType> acceptedJobTypes) {

    public SkillsAndWishes {
        skills = List.copyOf(skills);
        desiredOccupations = List.copyOf(desiredOccupations);
        willingToMigrateTo = List.copyOf(willingToMigrateTo);
        acceptedJobTypes = List.copyOf(acceptedJobTypes);
    }
}
