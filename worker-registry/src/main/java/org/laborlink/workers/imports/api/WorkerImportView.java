package org.laborlink.workers.imports.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.laborlink.workers.imports.domain.WorkerImport;
import org.laborlink.workers.imports.store.WorkerImportStore.RowError;

/**
 * An import as its submitter sees it: status, progress (rows done of the total, failed), what became of the files,
 * and the first refused rows with their fields at fault ({@code errorsNext} pages on).
 */
public record WorkerImportView(
        UUID id,
        String format,
        WorkerImport.Status status,
        String region,
        Instant submittedAt,
        Instant startedAt,
        Instant finishedAt,
        long rowsTotal,
        long rowsDone,
        long rowsFailed,
        long filesRegistered,
        long filesUpdated,
        long filesUnchanged,
        String failure,
        List<RowError> errors,
        String errorsNext) {

    static WorkerImportView of(WorkerImport i, List<RowError> errors, int limit) {
        String next = errors.size() < limit ? null
                : "/api/v1/worker-imports/" + i.id() + "/errors?after=" + errors.get(errors.size() - 1).line() + "&limit=" + limit;
        return new WorkerImportView(i.id(), i.format().mediaType(), i.status(), i.scopeRegion(), i.submittedAt(),
                i.startedAt(), i.finishedAt(), i.rowsTotal(), i.rowsDone(), i.rowsFailed(), i.filesRegistered(),
                i.filesUpdated(), i.filesUnchanged(), i.failure(), errors, next);
    }

    /** A page of refused rows. */
    public record ErrorPage(List<RowError> errors, String next) {
    }
}
