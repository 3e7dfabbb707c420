package org.laborlink.workers.labourfile;

import java.time.Year;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.laborlink.events.SkillLevel;
import org.laborlink.events.workers.WorkerSkill;
import org.laborlink.platform.problem.ProblemException;
import org.laborlink.platform.reference.AdministrativeDivisions;
import org.laborlink.platform.reference.OccupationClassification;
import org.laborlink.workers.labourfile.api.RegisterLabourFile;

/** The checks of labour-file fields against the reference data, the same for a new file and a change. */
@ApplicationScoped
public class LabourFileChecks {

    private final AdministrativeDivisions divisions;
    private final OccupationClassification occupations;

    public LabourFileChecks(AdministrativeDivisions divisions, OccupationClassification occupations) {
        this.divisions = divisions;
        this.occupations = occupations;
    }

    public void county(String field, String code) {
        if (!divisions.isCounty(code)) {
            throw ProblemException.invalidField(field, "is not a county-level division known to the platform");
        }
    }

    public void division(String field, String code) {
        if (code != null && divisions.find(code).isEmpty()) {
            throw ProblemException.invalidField(field, "is not a division known to the platform");
        }
    }

    public List<String> occupations(String field, List<String> codes) {
        List<String> distinct = distinct(codes);
        for (int i = 0; i < distinct.size(); i++) {
            if (!occupations.isDetailedOccupation(distinct.get(i))) {
                throw ProblemException.invalidField(field + "[" + i + "]", "is not a detailed CSCO 2022 occupation");
            }
        }
        return distinct;
    }

    public List<String> provinces(String field, List<String> codes) {
        List<String> distinct = distinct(codes);
        for (int i = 0; i < distinct.size(); i++) {
            if (!divisions.isProvince(distinct.get(i))) {
                throw ProblemException.invalidField(field + "[" + i + "]", "is not a province known to the platform");
            }
        }
        return distinct;
    }

    /** Skills with known codes; a certified level carries its certificate number. */
    public List<WorkerSkill> skills(String field, List<RegisterLabourFile.Skill> given) {
        List<WorkerSkill> out = new ArrayList<>();
        List<RegisterLabourFile.Skill> skills = given == null ? List.of() : given;
        for (int i = 0; i < skills.size(); i++) {
            RegisterLabourFile.Skill skill = skills.get(i);
            if (occupations.find(skill.code()).isEmpty()) {
                throw ProblemException.invalidField(field + "[" + i + "].code", "is not a CSCO 2022 code");
            }
            boolean certified = skill.level() == SkillLevel.CERTIFIED;
            if (certified && (skill.certificateNumber() == null || skill.certificateNumber().isBlank())) {
                throw ProblemException.invalidField(field + "[" + i + "].certificateNumber", "is required for a certified level");
            }
            out.add(new WorkerSkill(skill.code(), skill.level(), certified ? skill.certificateNumber().strip() : null));
        }
        return out;
    }

    /** A year that has begun (the year a poverty status was set cannot be in the future). */
    public Integer pastYear(String field, Integer year) {
        if (year != null && year > Year.now().getValue()) {
            throw ProblemException.invalidField(field, "must not be in the future");
        }
        return year;
    }

    static <T> List<T> distinct(List<T> list) {
        return list == null ? new ArrayList<>() : new ArrayList<>(list.stream().distinct().toList());
    }
}
