package org.laborlink.workers.imports.domain;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A bulk import of labour files as recorded: what was sent, by whom, for which region (the officer's region or the
 * partner's province: rows outside it are refused), and how far it got.
 */
public record WorkerImport(
        UUID id,
        ImportFormat format,
        Status status,
        String scopeRegion,
        String submittedBy,
        Instant submittedAt,
        Instant startedAt,
        Instant finishedAt,
        String node,
        long uploadBytes,
        long rowsTotal,
        long rowsDone,
        long rowsFailed,
        long filesRegistered,
        long filesUpdated,
        long filesUnchanged,
        long nextLine,
        String failure) {

    @Schema(name = "ImportStatus")
    public enum Status {
        /** Accepted, waiting for its turn. */
        QUEUED,
        /** Rows are being taken, batch by batch. */
        RUNNING,
        /** Every row was read; some may have failed (see the errors). */
        DONE,
        /** Stopped before the end (the upload was lost); the committed batches stay, re-running is safe. */
        FAILED
    }

    /** What one committed batch added to the counts. */
    public record Progress(long rows, long failed, long registered, long updated, long unchanged, long nextLine) {
    }
}
