package org.laborlink.workers.labourfile.api;

import java.time.Instant;
import java.util.List;

import org.laborlink.workers.labourfile.domain.FieldChange;
import org.laborlink.workers.labourfile.domain.HistoryEntry;

/** One entry of a labour file's history as the API shows it. */
public record HistoryEntryView(long version, String changedBy, Instant changedAt, List<FieldChange> changes) {

    static HistoryEntryView of(HistoryEntry e) {
        return new HistoryEntryView(e.version, e.changedBy, e.changedAt, e.changes.fields());
    }
}
