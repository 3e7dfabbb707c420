package org.laborlink.subsidies.facts.domain;

import org.laborlink.subsidies.facts.events.TrainingFactRecorder;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.laborlink.events.SkillLevel;

/** A completed course of a worker, from training.v1 (written by {@link TrainingFactRecorder}). */
@Entity
@Table(name = "training_fact")
public class TrainingFact {

    @Id
    @Column(name = "enrolment_id")
    public UUID enrolmentId;
    public long version;
    @Column(name = "worker_id")
    public UUID workerId;
    @Column(name = "course_id")
    public UUID courseId;
    @Column(name = "occupation_code")
    public String occupationCode;
    @Enumerated(EnumType.STRING)
    @Column(name = "assessed_level")
    public SkillLevel assessedLevel;
    @Column(name = "completed_on")
    public LocalDate completedOn;
}
