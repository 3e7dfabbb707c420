package org.laborlink.training.suggestion.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.laborlink.events.SkillLevel;
import org.laborlink.events.jobs.RequiredSkill;
import org.laborlink.events.training.CourseMode;
import org.laborlink.events.workers.WorkerSkill;
import org.laborlink.training.course.domain.Course;
import org.laborlink.training.facts.domain.Trainee;

/**
 * A worker's skill gap and the courses that close it: the skills a posting requires that the worker lacks (or has
 * below the level asked), or without a posting the occupations the worker wants but has no skill in; online courses
 * and the nearest on-site ones first.
 */
public final class SkillGap {

    /** A course, the missing skills it teaches and, for its on-site part, its distance from home in km. */
    public record SuggestedCourse(Course course, List<String> teaches, Double distanceKm) {
    }

    private SkillGap() {
    }

    /** Required skills the worker lacks or has below the level asked, must-haves first. */
    public static List<String> lacking(Trainee trainee, List<RequiredSkill> required) {
        Map<String, SkillLevel> has = trainee.skills.items().stream()
                .collect(Collectors.toMap(WorkerSkill::code, WorkerSkill::level, (a, b) -> a.compareTo(b) >= 0 ? a : b));
        return required.stream().sorted(Comparator.comparing(r -> !r.mustHave()))
                .filter(r -> has.getOrDefault(r.code(), SkillLevel.NONE).compareTo(r.level()) < 0)
                .map(RequiredSkill::code).distinct().toList();
    }

    /** Occupations the worker wants but has no skill in. */
    public static List<String> wanted(Trainee trainee) {
        List<String> has = trainee.skills.items().stream().filter(s -> s.level() != SkillLevel.NONE)
                .map(WorkerSkill::code).toList();
        return trainee.skills.desiredOccupations().stream().filter(c -> !has.contains(c)).toList();
    }

    /** Online courses first, then on-site ones nearest the worker's home, then those teaching more of the gap. */
    public static List<SuggestedCourse> rank(Trainee trainee, List<Course> courses, List<String> missing, int size) {
        List<SuggestedCourse> suggestions = new ArrayList<>();
        for (Course c : courses) {
            Double km = c.mode == CourseMode.ONLINE || c.lat == null || trainee.homeLat == null ? null
                    : kilometres(trainee.homeLat, trainee.homeLon, c.lat, c.lon);
            suggestions.add(new SuggestedCourse(c, c.skills.codes().stream().filter(missing::contains).toList(),
                    km == null ? null : Math.round(km * 10) / 10.0));
        }
        return suggestions.stream()
                .sorted(Comparator.comparing((SuggestedCourse s) -> s.course().mode == CourseMode.ONLINE ? 0 : 1)
                        .thenComparing(s -> s.distanceKm() == null ? Double.MAX_VALUE : s.distanceKm())
                        .thenComparing(s -> -s.teaches().size()))
                .limit(size).toList();
    }

    private static double kilometres(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2) + Math.cos(Math.toRadians(lat1))
                * Math.cos(Math.toRadians(lat2)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 6371 * 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a));
    }
}
