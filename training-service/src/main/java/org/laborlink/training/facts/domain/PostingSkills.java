package org.laborlink.training.facts.domain;

import java.util.List;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.laborlink.events.jobs.RequiredSkill;
import org.laborlink.training.facts.events.TraineeRecorder;

/** The skills a posting requires, from jobs.v1 (written by {@link TraineeRecorder}): the gaps courses can fill. */
@Entity
@Table(name = "posting_skills")
public class PostingSkills {

    /** Required skills as stored (a JSON object). */
    public record Required(List<RequiredSkill> items) {

        public Required {
            items = items == null ? List.of() : List.copyOf(items);
        }
    }

    @Id
    public UUID postingId;
    public long version;
    public String occupationCode;
    @JdbcTypeCode(SqlTypes.JSON)
    public Required required;
}
