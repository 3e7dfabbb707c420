package org.laborlink.workers.labourfile.events;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import org.laborlink.events.DomainEvent;
import org.laborlink.events.EventEnvelope;
import org.laborlink.events.consumer.ConsumedEvents;
import org.laborlink.events.training.EnrolmentChanged;
import org.laborlink.events.workers.WorkerSkill;
import org.laborlink.workers.labourfile.LabourFileAmendments;
import org.laborlink.workers.labourfile.domain.FieldChange;
import org.laborlink.workers.labourfile.domain.SkillsAndWishes;
import org.laborlink.workers.labourfile.store.LabourFileRepository;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * Follows {@code training.v1}: a completed course adds the skills it taught, at the assessed level (with the
 * certificate number for a certified level), to the worker's labour file, or raises a lower level already there; a
 * higher level the file has stays. The change is a new version with its history entry and {@code worker.updated.v1},
 * which matching re-indexes. The consumed-event log commits with it, so a redelivery changes nothing.
 */
@ApplicationScoped
public class CourseCompletionRecorder {

    private static final Logger LOG = Logger.getLogger(CourseCompletionRecorder.class);
    static final String CONSUMER = "worker-registry.training";
    static final String SOURCE = "training-service";

    private final LabourFileRepository files;
    private final LabourFileAmendments changesOfFiles;
    private final ConsumedEvents consumed;
    private final ObjectMapper json;

    public CourseCompletionRecorder(LabourFileRepository files, LabourFileAmendments changesOfFiles, ConsumedEvents consumed,
            ObjectMapper json) {
        this.files = files;
        this.changesOfFiles = changesOfFiles;
        this.consumed = consumed;
        this.json = json;
    }

    @Incoming("training")
    public Uni<Void> on(ConsumerRecord<String, String> record) {
        EventEnvelope envelope = EventEnvelope.fromKafka(record);
        DomainEvent event = envelope.dataAsEvent(json);
        if (!(event instanceof EnrolmentChanged enrolment) || enrolment.status() != EnrolmentChanged.Status.COMPLETED
                || enrolment.assessedLevel() == null) {
            return Uni.createFrom().voidItem();
        }
        return Panache.withTransaction(() -> Panache.getSession()
                .chain(session -> consumed.firstDelivery(session, CONSUMER, envelope.id()))
                .chain(first -> first ? addSkills(enrolment) : Uni.createFrom().voidItem()))
                .onFailure().retry().withBackOff(Duration.ofMillis(200), Duration.ofSeconds(5)).atMost(5);
    }

    private Uni<Void> addSkills(EnrolmentChanged completed) {
        return files.findById(UUID.fromString(completed.workerId()), LockModeType.PESSIMISTIC_WRITE).chain(file -> {
            if (file == null) {
                LOG.infof("training completion for worker %s who has no labour file here; nothing to change",
                        completed.workerId());
                return Uni.createFrom().voidItem();
            }
            SkillsAndWishes w = file.skillsAndWishes;
            List<WorkerSkill> skills = learnt(w.skills(), completed);
            if (skills.equals(w.skills())) {
                return Uni.createFrom().voidItem();
            }
            List<FieldChange> changes = List.of(new FieldChange("skills", w.skills(), skills));
            file.skillsAndWishes = new SkillsAndWishes(skills, w.desiredOccupations(), w.willingToMigrateTo(),
                    w.acceptedJobTypes(), w.willingToTrain(), w.trainingWishes());
            return changesOfFiles.record(file, SOURCE, changes).replaceWithVoid();
        });
    }

    /** The skills with the course's skills added at the assessed level, or raised to it. */
    public static List<WorkerSkill> learnt(List<WorkerSkill> current, EnrolmentChanged completed) {
        List<WorkerSkill> skills = new ArrayList<>(current);
        for (String code : completed.skillCodes()) {
            WorkerSkill learnt = new WorkerSkill(code, completed.assessedLevel(), completed.certificateNumber());
            int at = -1;
            for (int i = 0; i < skills.size(); i++) {
                if (skills.get(i).code().equals(code)) {
                    at = i;
                }
            }
            if (at < 0) {
                skills.add(learnt);
            } else if (skills.get(at).level().compareTo(learnt.level()) < 0) {
                skills.set(at, learnt);
            }
        }
        return List.copyOf(skills);
    }
}
