package org.laborlink.workers.labourfile.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A row of a labour file's append-only history: who brought it to which version, when, changing which fields. */
@Entity
@Table(name = "labour_file_change")
public class HistoryEntry {

    /** The fields one change touched, stored as one JSON document. */
    public record Changes(List<FieldChange> fields) {
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public UUID fileId;
    public long version;
    public String changedBy;
    public Instant changedAt;
    @JdbcTypeCode(SqlTypes.JSON)
    public Changes changes;

    public static HistoryEntry of(LabourFile file, String changedBy, List<FieldChange> fields) {
        HistoryEntry entry = new HistoryEntry();
        entry.fileId = file.id;
        entry.version = file.version;
        entry.changedBy = changedBy;
        entry.changedAt = file.updatedAt;
        entry.changes = new Changes(List.copyOf(fields));
        return entry;
    }
}
