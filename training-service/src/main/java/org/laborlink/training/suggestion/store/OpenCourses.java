package org.laborlink.training.suggestion.store;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.reactive.mutiny.Mutiny;
import org.laborlink.training.course.domain.Course;

import io.smallrye.mutiny.Uni;

/** Open courses, not yet ended, that teach any of a list of skills. */
@ApplicationScoped
public class OpenCourses {

    public Uni<List<Course>> teachingAnyOf(Mutiny.Session session, List<String> codes, LocalDate today) {
        return session.createNativeQuery("""
                select id from course where status = 'OPEN' and ends_on >= :today
                   and jsonb_exists_any(skills -> 'codes', string_to_array(:codes, ','))""", UUID.class)
                .setParameter("today", today)
                .setParameter("codes", String.join(",", codes)).getResultList()
                .chain(ids -> ids.isEmpty() ? Uni.createFrom().item(List.<Course>of())
                        : session.createSelectionQuery("from Course where id in :ids", Course.class)
                                .setParameter("ids", ids).getResultList());
    }
}
