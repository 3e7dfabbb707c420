package org.laborlink.workers.employment;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import org.laborlink.events.outbox.EventOutbox;
import org.laborlink.events.workers.EmploymentStatus;
import org.laborlink.workers.labourfile.domain.FieldChange;
import org.laborlink.workers.labourfile.domain.HistoryEntry;
import org.laborlink.workers.labourfile.domain.LabourFile;
import org.laborlink.workers.labourfile.store.HistoryRepository;
import org.laborlink.workers.labourfile.store.LabourFileRepository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * Changes a labour file's employment status inside the caller's transaction: the new version, the history entry and
 * the employment-status-changed event, or nothing when nothing changed. Used by officers and by hire events alike.
 */
@ApplicationScoped
public class EmploymentStatusUpdates {

    private final LabourFileRepository files;
    private final HistoryRepository history;
    private final EventOutbox outbox;
    private final Clock clock;

    public EmploymentStatusUpdates(LabourFileRepository files, HistoryRepository history, EventOutbox outbox, Clock clock) {
        this.clock = clock;
        this.files = files;
        this.history = history;
        this.outbox = outbox;
    }

    /** Locks and loads the file (null when there is none) for a change in this transaction. */
    public Uni<LabourFile> lock(UUID fileId) {
        return files.findById(fileId, LockModeType.PESSIMISTIC_WRITE);
    }

    public Uni<LabourFile> apply(LabourFile file, EmploymentStatus status, String employer, LocalDate since,
            String employmentId, String changedBy) {
        List<FieldChange> changes = file.changeEmployment(status, employer, since, employmentId);
        if (changes.isEmpty()) {
            return Uni.createFrom().item(file);
        }
        file.version++;
        file.updatedAt = clock.instant();
        return history.persist(HistoryEntry.of(file, changedBy, changes))
                .chain(Panache::getSession)
                .chain(session -> outbox.append(session, file.employmentStatusChanged()))
                .replaceWith(file);
    }
}
