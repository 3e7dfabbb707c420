package org.laborlink.subsidies.facts.domain;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.laborlink.events.SkillLevel;
import org.laborlink.subsidies.facts.events.TrainingFactRecorder;

/** A completed course of a worker, from training.v1 (written by {@link TrainingFactRecorder}). */
@Entity
@Table(name = "training_fact")
public class TrainingFact {

    @Id
    public UUID enrolmentId;
    public long version;
    public UUID workerId;
    public UUID courseId;
    public String occupationCode;
    @Enumerated(EnumType.STRING)
    public SkillLevel assessedLevel;
    public LocalDate completedOn;
}
