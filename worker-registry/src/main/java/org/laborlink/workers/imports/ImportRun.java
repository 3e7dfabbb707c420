package org.laborlink.workers.imports;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Validator;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;
import org.laborlink.events.DomainEvent;
import org.laborlink.events.outbox.EventOutbox;
import org.laborlink.platform.concurrency.SerialExecutor;
import org.laborlink.platform.problem.Problem;
import org.laborlink.platform.problem.ProblemException;
import org.laborlink.platform.problem.ProblemMappers;
import org.laborlink.platform.reference.RegionCode;
import org.laborlink.workers.imports.domain.WorkerImport;
import org.laborlink.workers.imports.store.ImportRows.ImportRow;
import org.laborlink.workers.imports.store.ImportRows;
import org.laborlink.workers.imports.store.WorkerImportStore.RowError;
import org.laborlink.workers.imports.store.WorkerImportStore;
import org.laborlink.workers.labourfile.LabourFileAmendments;
import org.laborlink.workers.labourfile.LabourFileRegistration;
import org.laborlink.workers.labourfile.api.ChangeLabourFile;
import org.laborlink.workers.labourfile.api.RegisterLabourFile;
import org.laborlink.workers.labourfile.domain.FieldChange;
import org.laborlink.workers.labourfile.domain.HistoryEntry;
import org.laborlink.workers.labourfile.domain.LabourFile;
import org.laborlink.workers.labourfile.store.LabourFileRows;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.agroal.api.AgroalDataSource;

/**
 * Takes an import's rows in batches. Each row is checked like a single registration (the same bean constraints, the
 * same reference-data checks, the importer's region); then, per batch and in one transaction: files are found by the
 * ID number's blind index and locked, new ID numbers become new files, known ones are changed where the row differs
 * (version, history, event, exactly like a PATCH) and left alone where it does not, refused rows are recorded with
 * their fields at fault, and the import's counts and resume point move past the batch. A batch commits whole or not
 * at all, so nothing is half written and a re-run of the same rows changes nothing.
 */
@ApplicationScoped
public class ImportRun {

    private static final Logger LOG = Logger.getLogger(ImportRun.class);
    private static final String UNIQUE_VIOLATION = "23505";

    private final AgroalDataSource database;
    private final ObjectMapper json;
    private final Validator validator;
    private final LabourFileRegistration registration;
    private final LabourFileAmendments changes;
    private final EventOutbox outbox;
    private final int batchSize;
    /** Checks the next batch while this one is written: one batch at a time, on Quarkus's managed threads. */
    private final ManagedExecutor checker = SerialExecutor.create();

    public ImportRun(AgroalDataSource database, ObjectMapper json, Validator validator, LabourFileRegistration registration,
            LabourFileAmendments changes, EventOutbox outbox, @ConfigProperty(name = "laborlink.imports.batch-size") int batchSize) {
        this.database = database;
        this.json = json;
        this.validator = validator;
        this.registration = registration;
        this.changes = changes;
        this.outbox = outbox;
        this.batchSize = batchSize;
    }

    /** A row that passed every check, as the new file it would make. */
    private record Candidate(long line, RegisterLabourFile request, LabourFile file) {
    }

    /** A batch of rows, checked. */
    private record Checked(List<ImportRow> rows, List<Candidate> candidates, List<RowError> errors) {
    }

    @PreDestroy
    void stop() {
        checker.shutdownNow();
    }

    /** Runs (or resumes) an import to its end. */
    public void run(UUID id, Path upload) {
        WorkerImport started;
        try (Connection c = database.getConnection()) {
            started = WorkerImportStore.find(c, id, false).orElseThrow();
            if (!Files.exists(upload)) {
                WorkerImportStore.finish(c, id, WorkerImport.Status.FAILED, "the upload was lost when the service "
                        + "restarted, after line " + (started.nextLine() - 1) + "; submit it again (an import re-run changes nothing it already did)");
                return;
            }
            WorkerImportStore.start(c, id);
        } catch (SQLException | RuntimeException e) {
            LOG.errorf(e, "import %s could not start", id);
            return;
        }
        try (ImportRows rows = ImportRows.open(upload, started.format(), json)) {
            // the rows of one batch are checked on the checking thread while the batch before is written
            Future<Checked> ahead = null;
            List<ImportRow> batch = new ArrayList<>(batchSize);
            for (ImportRow row = rows.next(started.nextLine()); row != null; row = rows.next(0)) {
                batch.add(row);
                if (batch.size() == batchSize) {
                    List<ImportRow> full = batch;
                    Future<Checked> checking = checker.submit(() -> check(started, full));
                    if (ahead != null) {
                        commit(started, result(ahead));
                    }
                    ahead = checking;
                    batch = new ArrayList<>(batchSize);
                }
            }
            if (ahead != null) {
                commit(started, result(ahead));
            }
            if (!batch.isEmpty()) {
                commit(started, check(started, batch));
            }
            finish(id, WorkerImport.Status.DONE, null);
            ImportIntake.deleteQuietly(upload);
        } catch (RuntimeException | SQLException e) {
            LOG.errorf(e, "import %s stopped", id);
            finish(id, WorkerImport.Status.FAILED, "stopped: " + e.getMessage()
                    + "; the batches before it are stored, a re-run continues safely");
        }
    }

    private static Checked result(Future<Checked> checking) {
        try {
            return checking.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("import interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    private void finish(UUID id, WorkerImport.Status status, String failure) {
        try (Connection c = database.getConnection()) {
            WorkerImportStore.finish(c, id, status, failure);
        } catch (SQLException e) {
            LOG.errorf(e, "import %s could not be marked %s", id, status);
        }
    }

    /** One batch in one transaction; checked and retried once when a file with one of its ID numbers appeared meanwhile. */
    private void commit(WorkerImport job, Checked checked) throws SQLException {
        for (int attempt = 1; ; attempt++) {
            Checked batch = attempt == 1 ? checked : check(job, checked.rows());
            List<RowError> errors = new ArrayList<>(batch.errors());
            try (Connection c = database.getConnection()) {
                c.setAutoCommit(false);
                try {
                    WorkerImport.Progress progress = write(c, job, batch.candidates(), errors, batch.rows().size(),
                            batch.rows().get(batch.rows().size() - 1).line() + 1);
                    errors.sort((a, b) -> Long.compare(a.line(), b.line()));
                    WorkerImportStore.advance(c, job.id(), progress, errors);
                    c.commit();
                    return;
                } catch (SQLException | RuntimeException e) {
                    c.rollback();
                    if (attempt == 1 && e instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                        continue;
                    }
                    throw e;
                } finally {
                    c.setAutoCommit(true);
                }
            }
        }
    }

    /** The rows that pass every check as candidate files; the others as errors. */
    private Checked check(WorkerImport job, List<ImportRow> batch) {
        List<RowError> errors = new ArrayList<>();
        RegionCode scope = new RegionCode(job.scopeRegion());
        List<Candidate> candidates = new ArrayList<>(batch.size());
        for (ImportRow row : batch) {
            if (!row.errors().isEmpty()) {
                errors.add(new RowError(row.line(), row.errors()));
                continue;
            }
            List<Problem.FieldError> invalid = ProblemMappers.fieldErrors(validator.validate(row.request()));
            if (!invalid.isEmpty()) {
                errors.add(new RowError(row.line(), invalid));
                continue;
            }
            if (!scope.contains(row.request().householdRegion())) {
                errors.add(new RowError(row.line(), List.of(new Problem.FieldError("householdRegion",
                        "is outside " + scope + ", the region this import may register files for"))));
                continue;
            }
            try {
                candidates.add(new Candidate(row.line(), row.request(), registration.newFile(row.request(), job.submittedBy())));
            } catch (ProblemException e) {
                errors.add(new RowError(row.line(), e.errors().isEmpty()
                        ? List.of(new Problem.FieldError("", e.getMessage())) : e.errors()));
            }
        }
        return new Checked(batch, candidates, errors);
    }

    private WorkerImport.Progress write(Connection c, WorkerImport job, List<Candidate> candidates, List<RowError> errors,
            int rows, long nextLine) throws SQLException {
        RegionCode scope = new RegionCode(job.scopeRegion());
        LabourFileRows.Found found = LabourFileRows.lock(c, candidates.stream().map(k -> k.file().idNumberIndex).toList(),
                candidates.stream().map(k -> k.request().id()).filter(Objects::nonNull).toList());
        Map<ByteBuffer, LabourFile> byIndex = new HashMap<>(found.byIndex());
        Map<UUID, LabourFile> inserts = new LinkedHashMap<>();
        Set<LabourFile> updates = new LinkedHashSet<>();
        List<HistoryEntry> history = new ArrayList<>();
        List<DomainEvent> events = new ArrayList<>();
        long registered = 0;
        long updated = 0;
        long unchanged = 0;
        for (Candidate candidate : candidates) {
            LabourFile file = byIndex.get(ByteBuffer.wrap(candidate.file().idNumberIndex));
            if (file == null) {
                LabourFile fresh = candidate.file();
                if (found.byId().containsKey(fresh.id) || inserts.containsKey(fresh.id)) {
                    errors.add(rowError(candidate, "id", "another labour file has this id"));
                    continue;
                }
                byIndex.put(ByteBuffer.wrap(fresh.idNumberIndex), fresh);
                inserts.put(fresh.id, fresh);
                events.add(fresh.registered());
                registered++;
                continue;
            }
            if (!scope.contains(file.householdRegion)) {
                errors.add(rowError(candidate, "idNumber", "a labour file with this ID number exists outside " + scope
                        + "; only its own region's officers change it"));
            } else if (!file.householdRegion.equals(candidate.file().householdRegion)) {
                errors.add(rowError(candidate, "householdRegion", "the labour file with this ID number is registered in "
                        + file.householdRegion + "; an import does not move a file's household registration"));
            } else if (candidate.request().id() != null && !candidate.request().id().equals(file.id)) {
                errors.add(rowError(candidate, "id", "the labour file with this ID number has id " + file.id));
            } else {
                List<FieldChange> changed = changes.apply(file, ChangeLabourFile.from(candidate.request()));
                if (changed.isEmpty()) {
                    unchanged++;
                    continue;
                }
                file.version++;
                file.updatedAt = Instant.now();
                history.add(HistoryEntry.of(file, job.submittedBy(), changed));
                events.add(LabourFileAmendments.updated(file, changed));
                if (!inserts.containsKey(file.id)) {
                    updates.add(file);
                }
                updated++;
            }
        }
        LabourFileRows.insert(c, List.copyOf(inserts.values()));
        LabourFileRows.update(c, updates);
        LabourFileRows.insertHistory(c, history);
        outbox.appendAll(c, events);
        return new WorkerImport.Progress(rows, errors.size(), registered, updated, unchanged, nextLine);
    }

    private static RowError rowError(Candidate candidate, String field, String message) {
        return new RowError(candidate.line(), List.of(new Problem.FieldError(field, message)));
    }
}
