package org.laborlink.workers.labourfile.store;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.laborlink.workers.labourfile.domain.HistoryEntry;

import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.smallrye.mutiny.Uni;

/** The append-only history of labour files: entries are added, never changed. */
@ApplicationScoped
public class HistoryRepository implements PanacheRepository<HistoryEntry> {

    public Uni<List<HistoryEntry>> ofFile(UUID fileId) {
        return list("fileId = ?1 order by version", fileId);
    }
}
