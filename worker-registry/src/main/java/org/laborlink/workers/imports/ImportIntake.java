package org.laborlink.workers.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;
import org.laborlink.platform.caller.Caller;
import org.laborlink.platform.caller.Role;
import org.laborlink.platform.concurrency.SerialExecutor;
import org.laborlink.platform.problem.ProblemException;
import org.laborlink.platform.reference.RegionCode;
import org.laborlink.workers.imports.domain.ImportFormat;
import org.laborlink.workers.imports.domain.WorkerImport;
import org.laborlink.workers.imports.store.ImportRows;
import org.laborlink.workers.imports.store.WorkerImportStore;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.StartupEvent;

/**
 * Bulk imports of labour files. The upload is written to this instance's import directory and flushed to disk, its
 * header checked and its rows counted; then the import is recorded and answered (202) and {@link ImportRun} takes
 * the rows on one background thread, one import at a time. An import this instance had not finished when it stopped
 * resumes at start, after its last committed batch; if its upload is gone, it is marked failed (re-running is safe).
 */
@ApplicationScoped
public class ImportIntake {

    private static final Logger LOG = Logger.getLogger(ImportIntake.class);

    private final AgroalDataSource database;
    private final ObjectMapper json;
    private final ImportRun run;
    private final Path directory;
    private final String node;
    /** One import at a time, on Quarkus's managed threads. */
    private final ManagedExecutor runner = SerialExecutor.create();

    public ImportIntake(AgroalDataSource database, ObjectMapper json, ImportRun run,
            @ConfigProperty(name = "laborlink.imports.dir") Path directory,
            @ConfigProperty(name = "laborlink.imports.node") java.util.Optional<String> node) {
        this.database = database;
        this.json = json;
        this.run = run;
        this.directory = directory;
        this.node = node.orElseGet(ImportIntake::hostName);
    }

    void resumeUnfinished(@Observes StartupEvent start) {
        try {
            Files.createDirectories(directory);
            List<UUID> unfinished;
            try (Connection c = database.getConnection()) {
                unfinished = WorkerImportStore.unfinished(c, node);
            }
            for (UUID id : unfinished) {
                LOG.infof("resuming import %s", id);
                runner.execute(() -> run.run(id, upload(id)));
            }
        } catch (IOException | SQLException e) {
            LOG.error("unfinished imports could not be resumed", e);
        }
    }

    @PreDestroy
    void stop() {
        runner.shutdownNow();
    }

    /** Takes an upload from an officer (for their region) or a partner (for its province) and queues it. */
    public WorkerImport submit(InputStream body, ImportFormat format, Charset charset, Caller caller) {
        String scope = scopeOf(caller);
        UUID id = UUID.randomUUID();
        Path upload = upload(id);
        try {
            long bytes = store(body, charset, upload);
            long rows = ImportRows.checkAndCount(upload, format, json);
            WorkerImport queued = new WorkerImport(id, format, WorkerImport.Status.QUEUED, scope, caller.subject(),
                    Instant.now(), null, null, node, bytes, rows, 0, 0, 0, 0, 0, 1, null);
            try (Connection c = database.getConnection()) {
                WorkerImportStore.insert(c, queued);
            }
            runner.execute(() -> run.run(id, upload));
            return queued;
        } catch (IOException | SQLException | RuntimeException e) {
            deleteQuietly(upload);
            if (e instanceof ProblemException p) {
                throw p;
            }
            throw new IllegalStateException("import upload could not be stored", e);
        }
    }

    /** The import, if the caller submitted it or governs its region; otherwise 404. */
    public WorkerImport find(UUID id, Caller caller) {
        try (Connection c = database.getConnection()) {
            return WorkerImportStore.find(c, id, false).filter(i -> maySee(i, caller))
                    .orElseThrow(() -> ProblemException.notFound("import", id));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Rows the import refused after a line, if the caller may see the import. */
    public List<WorkerImportStore.RowError> errors(UUID id, long afterLine, int limit, Caller caller) {
        find(id, caller);
        try (Connection c = database.getConnection()) {
            return WorkerImportStore.errors(c, id, afterLine, limit);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String scopeOf(Caller caller) {
        if (caller.is(Role.PARTNER)) {
            return caller.province().map(RegionCode::value)
                    .orElseThrow(() -> ProblemException.forbidden("this partner client has no province"));
        }
        if (caller.is(Role.OFFICER) || caller.is(Role.ADMIN)) {
            return caller.region().map(RegionCode::value)
                    .orElseThrow(() -> ProblemException.forbidden("your account has no region"));
        }
        throw ProblemException.forbidden("labour offices and partner provinces import labour files");
    }

    /** The submitter, and officers and admins governing the import's region; a partner sees its own imports only. */
    private static boolean maySee(WorkerImport i, Caller caller) {
        return i.submittedBy().equals(caller.subject()) || caller.governs(i.scopeRegion());
    }

    private Path upload(UUID id) {
        return directory.resolve(id + ".upload");
    }

    /** Copies the body to the file (as UTF-8) and forces it to disk before the import is accepted. */
    private static long store(InputStream body, Charset charset, Path upload) throws IOException {
        Files.createDirectories(upload.getParent());
        try (FileChannel channel = FileChannel.open(upload, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                OutputStream out = Channels.newOutputStream(channel)) {
            long bytes;
            if (charset.equals(StandardCharsets.UTF_8)) {
                bytes = body.transferTo(out);
            } else {
                Writer utf8 = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                bytes = new InputStreamReader(body, charset).transferTo(utf8);
                utf8.flush();
            }
            channel.force(true);
            if (bytes == 0) {
                throw ProblemException.invalidField("body", "is empty");
            }
            return bytes;
        }
    }

    static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warnf("could not delete %s: %s", file, e.getMessage());
        }
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            throw new UncheckedIOException("set laborlink.imports.node: the host name is unknown", e);
        }
    }
}
