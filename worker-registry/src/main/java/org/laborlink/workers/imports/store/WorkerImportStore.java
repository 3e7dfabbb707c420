package org.laborlink.workers.imports.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.laborlink.platform.problem.Problem;
import org.laborlink.workers.imports.domain.ImportFormat;
import org.laborlink.workers.imports.domain.WorkerImport;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Imports and their row errors in worker-registry's database, through JDBC (the import runs on a worker thread). */
public final class WorkerImportStore {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String COLUMNS = """
            id, format, status, scope_region, submitted_by, submitted_at, started_at, finished_at, node, upload_bytes,
            rows_total, rows_done, rows_failed, files_registered, files_updated, files_unchanged, next_line, failure""";

    /** One refused row with every field at fault. */
    public record RowError(long line, List<Problem.FieldError> errors) {
    }

    private WorkerImportStore() {
    }

    public static void insert(Connection c, WorkerImport i) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("insert into worker_import (" + COLUMNS
                + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int n = 1;
            insert.setObject(n++, i.id());
            insert.setString(n++, i.format().name());
            insert.setString(n++, i.status().name());
            insert.setString(n++, i.scopeRegion());
            insert.setString(n++, i.submittedBy());
            insert.setTimestamp(n++, Timestamp.from(i.submittedAt()));
            insert.setTimestamp(n++, null);
            insert.setTimestamp(n++, null);
            insert.setString(n++, i.node());
            insert.setLong(n++, i.uploadBytes());
            insert.setLong(n++, i.rowsTotal());
            insert.setLong(n++, 0);
            insert.setLong(n++, 0);
            insert.setLong(n++, 0);
            insert.setLong(n++, 0);
            insert.setLong(n++, 0);
            insert.setLong(n++, 1);
            insert.setString(n, null);
            insert.executeUpdate();
        }
    }

    public static Optional<WorkerImport> find(Connection c, UUID id, boolean lock) throws SQLException {
        try (PreparedStatement select = c.prepareStatement("select " + COLUMNS + " from worker_import where id = ?"
                + (lock ? " for update" : ""))) {
            select.setObject(1, id);
            try (ResultSet r = select.executeQuery()) {
                return r.next() ? Optional.of(read(r)) : Optional.empty();
            }
        }
    }

    /** This node's imports that have not finished (to resume after a restart), oldest first. */
    public static List<UUID> unfinished(Connection c, String node) throws SQLException {
        try (PreparedStatement select = c.prepareStatement(
                "select id from worker_import where node = ? and status in ('QUEUED', 'RUNNING') order by submitted_at")) {
            select.setString(1, node);
            List<UUID> ids = new ArrayList<>();
            try (ResultSet r = select.executeQuery()) {
                while (r.next()) {
                    ids.add(r.getObject(1, UUID.class));
                }
            }
            return ids;
        }
    }

    public static void start(Connection c, UUID id) throws SQLException {
        try (PreparedStatement update = c.prepareStatement(
                "update worker_import set status = 'RUNNING', started_at = coalesce(started_at, now()) where id = ?")) {
            update.setObject(1, id);
            update.executeUpdate();
        }
    }

    /** Adds a batch's counts and moves the resume point past it, in the batch's transaction. */
    public static void advance(Connection c, UUID id, WorkerImport.Progress p, List<RowError> errors) throws SQLException {
        try (PreparedStatement update = c.prepareStatement("""
                update worker_import set rows_done = rows_done + ?, rows_failed = rows_failed + ?,
                    files_registered = files_registered + ?, files_updated = files_updated + ?,
                    files_unchanged = files_unchanged + ?, next_line = ?
                where id = ?""")) {
            update.setLong(1, p.rows());
            update.setLong(2, p.failed());
            update.setLong(3, p.registered());
            update.setLong(4, p.updated());
            update.setLong(5, p.unchanged());
            update.setLong(6, p.nextLine());
            update.setObject(7, id);
            update.executeUpdate();
        }
        if (errors.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = c.prepareStatement(
                "insert into worker_import_error (import_id, line, errors) values (?, ?, cast(? as jsonb))")) {
            for (RowError e : errors) {
                insert.setObject(1, id);
                insert.setLong(2, e.line());
                insert.setString(3, JSON.writeValueAsString(e.errors()));
                insert.addBatch();
            }
            insert.executeBatch();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static void finish(Connection c, UUID id, WorkerImport.Status status, String failure) throws SQLException {
        try (PreparedStatement update = c.prepareStatement(
                "update worker_import set status = ?, finished_at = now(), failure = ? where id = ?")) {
            update.setString(1, status.name());
            update.setString(2, failure == null ? null : failure.substring(0, Math.min(failure.length(), 1000)));
            update.setObject(3, id);
            update.executeUpdate();
        }
    }

    /** Refused rows after a line, in line order. */
    public static List<RowError> errors(Connection c, UUID id, long afterLine, int limit) throws SQLException {
        try (PreparedStatement select = c.prepareStatement(
                "select line, errors from worker_import_error where import_id = ? and line > ? order by line limit ?")) {
            select.setObject(1, id);
            select.setLong(2, afterLine);
            select.setInt(3, limit);
            List<RowError> out = new ArrayList<>();
            try (ResultSet r = select.executeQuery()) {
                while (r.next()) {
                    out.add(new RowError(r.getLong(1), JSON.readValue(r.getString(2), new TypeReference<List<Map<String, String>>>() {
                    }).stream().map(m -> new Problem.FieldError(m.get("field"), m.get("message"))).toList()));
                }
            }
            return out;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static WorkerImport read(ResultSet r) throws SQLException {
        return new WorkerImport(r.getObject("id", UUID.class), ImportFormat.valueOf(r.getString("format")),
                WorkerImport.Status.valueOf(r.getString("status")), r.getString("scope_region"), r.getString("submitted_by"),
                instant(r, "submitted_at"), instant(r, "started_at"), instant(r, "finished_at"), r.getString("node"),
                r.getLong("upload_bytes"), r.getLong("rows_total"), r.getLong("rows_done"), r.getLong("rows_failed"),
                r.getLong("files_registered"), r.getLong("files_updated"), r.getLong("files_unchanged"),
                r.getLong("next_line"), r.getString("failure"));
    }

    private static Instant instant(ResultSet r, String column) throws SQLException {
        Timestamp t = r.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
