package org.laborlink.workers.labourfile.domain;

import java.util.List;

import org.laborlink.events.JobType;
import org.laborlink.events.workers.WorkerSkill;

/**
 * What a worker can do and the work they want: skills with levels, desired CSCO occupations, the provinces they
 * would migrate to, the job types they accept, and whether (and in what) they would train. Stored as one JSON
 * document of the labour file.
 */
public record SkillsAndWishes(
        List<WorkerSkill> skills,
        List<String> desiredOccupations,
        List<String> willingToMigrateTo,
        List<JobType> acceptedJobTypes,
        boolean willingToTrain,
        List<String> trainingWishes) {

    public SkillsAndWishes {
        skills = copy(skills);
        desiredOccupations = copy(desiredOccupations);
        willingToMigrateTo = copy(willingToMigrateTo);
        acceptedJobTypes = copy(acceptedJobTypes);
        trainingWishes = copy(trainingWishes);
    }

    /** Documents stored before a field existed read it as empty. */
    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
