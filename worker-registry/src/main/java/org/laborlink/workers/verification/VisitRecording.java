package org.laborlink.workers.verification;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import org.laborlink.events.outbox.EventOutbox;
import org.laborlink.events.workers.LabourFileVerified;
import org.laborlink.events.workers.VerificationOutcome;
import org.laborlink.platform.caller.Caller;
import org.laborlink.platform.problem.ProblemException;
import org.laborlink.workers.labourfile.domain.FieldChange;
import org.laborlink.workers.labourfile.domain.HistoryEntry;
import org.laborlink.workers.labourfile.domain.LabourFile;
import org.laborlink.workers.labourfile.store.HistoryRepository;
import org.laborlink.workers.labourfile.store.LabourFileRepository;
import org.laborlink.workers.verification.api.RecordVisit;
import org.laborlink.workers.verification.domain.VerificationVisit;
import org.laborlink.workers.verification.store.VerificationVisitRepository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * Recording a verification visit: the visit, the file's last-verified date and officer, its new version, the history
 * entry and the event commit together. Only officers and admins of the file's region record visits.
 */
@ApplicationScoped
public class VisitRecording {

    private final LabourFileRepository files;
    private final VerificationVisitRepository visits;
    private final HistoryRepository history;
    private final EventOutbox outbox;
    private final Clock clock;

    public VisitRecording(LabourFileRepository files, VerificationVisitRepository visits, HistoryRepository history,
            EventOutbox outbox, Clock clock) {
        this.clock = clock;
        this.files = files;
        this.visits = visits;
        this.history = history;
        this.outbox = outbox;
    }

    public Uni<VerificationVisit> record(UUID fileId, RecordVisit request, Caller caller) {
        if (request.outcome() == VerificationOutcome.CORRECTED
                && (request.corrections() == null || request.corrections().isBlank())) {
            throw ProblemException.invalidField("corrections", "must say what was corrected when the outcome is CORRECTED");
        }
        return Panache.withTransaction(() -> files.findById(fileId, LockModeType.PESSIMISTIC_WRITE).chain(file -> {
            if (file == null || !caller.canSeeWorker(file.id.toString(), file.householdRegion, file.currentRegion)) {
                throw ProblemException.notFound("labour file", fileId);
            }
            if (!caller.governs(file.householdRegion)) {
                throw ProblemException.forbidden("verification visits are recorded by officers of the file's region");
            }
            VerificationVisit visit = visit(file, request, caller.subject());
            boolean latest = file.lastVerifiedOn == null || !visit.visitedOn.isBefore(file.lastVerifiedOn);
            List<FieldChange> changes = latest
                    ? List.of(new FieldChange("lastVerifiedOn", file.lastVerifiedOn, visit.visitedOn),
                            new FieldChange("lastVerifiedBy", file.lastVerifiedBy, visit.officer))
                    : List.of(new FieldChange("verificationVisit", null, visit.visitedOn));
            if (latest) {
                file.lastVerifiedOn = visit.visitedOn;
                file.lastVerifiedBy = visit.officer;
            }
            file.version++;
            file.updatedAt = visit.recordedAt;
            LabourFileVerified verified = new LabourFileVerified(file.id.toString(), file.version, file.householdRegion,
                    visit.visitedOn, visit.outcome, visit.corrections, visit.recordedAt);
            return visits.persist(visit)
                    .chain(() -> history.persist(HistoryEntry.of(file, visit.officer, changes)))
                    .chain(Panache::getSession)
                    .chain(session -> outbox.append(session, verified))
                    .replaceWith(visit);
        }));
    }

    private VerificationVisit visit(LabourFile file, RecordVisit request, String officer) {
        VerificationVisit v = new VerificationVisit();
        v.id = UUID.randomUUID();
        v.fileId = file.id;
        v.visitedOn = request.visitedOn();
        v.outcome = request.outcome();
        v.corrections = request.corrections();
        v.notes = request.notes();
        v.officer = officer;
        v.recordedAt = clock.instant();
        return v;
    }
}
