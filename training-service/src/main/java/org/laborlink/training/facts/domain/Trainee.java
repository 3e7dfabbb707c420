package org.laborlink.training.facts.domain;

import java.util.List;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.laborlink.events.workers.PovertyStatus;
import org.laborlink.events.workers.WorkerSkill;
import org.laborlink.training.facts.events.TraineeRecorder;

/** What training-service knows of a worker from workers.v1 (written by {@link TraineeRecorder}). */
@Entity
@Table(name = "trainee")
public class Trainee {

    /** A worker's skills and desired occupations as stored (a JSON object). */
    public record Skills(List<WorkerSkill> items, List<String> desiredOccupations) {

        public Skills {
            items = items == null ? List.of() : List.copyOf(items);
            desiredOccupations = desiredOccupations == null ? List.of() : List.copyOf(desiredOccupations);
        }
    }

    @Id
    public UUID workerId;
    public long version;
    public String householdRegion;
    @Enumerated(EnumType.STRING)
    public PovertyStatus povertyStatus;
    @JdbcTypeCode(SqlTypes.JSON)
    public Skills skills;
    public Double homeLat;
    public Double homeLon;
}
