package org.laborlink.workers.imports.api;

import java.io.InputStream;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.laborlink.platform.caller.Caller;
import org.laborlink.platform.problem.PathIds;
import org.laborlink.platform.problem.ProblemException;
import org.laborlink.workers.imports.ImportIntake;
import org.laborlink.workers.imports.domain.ImportFormat;
import org.laborlink.workers.imports.domain.WorkerImport;
import org.laborlink.workers.imports.store.WorkerImportStore.RowError;

import io.smallrye.common.annotation.Blocking;

/**
 * Bulk imports of labour files by county offices and partner provinces: POST the rows (CSV or JSON lines), get 202
 * and the import's address, follow its progress and refused rows there.
 */
@Path("/api/v1/worker-imports")
@Blocking
public class WorkerImportResource {

    private static final int FIRST_ERRORS = 100;

    private final ImportIntake imports;
    private final Caller caller;

    public WorkerImportResource(ImportIntake imports, Caller caller) {
        this.imports = imports;
        this.caller = caller;
    }

    @POST
    @Consumes({"text/csv", "application/x-ndjson", ImportFormat.JSON_LINES_ALIAS})
    @RolesAllowed({"officer", "admin", "partner"})
    public Response submit(@HeaderParam(HttpHeaders.CONTENT_TYPE) MediaType type, InputStream body) {
        ImportFormat format = ImportFormat.of(type == null ? null : type.getType() + "/" + type.getSubtype()).orElseThrow();
        WorkerImport queued = imports.submit(body, format, charset(type), caller);
        URI location = URI.create("/api/v1/worker-imports/" + queued.id());
        return Response.accepted(WorkerImportView.of(queued, List.of(), FIRST_ERRORS)).location(location).build();
    }

    @GET
    @Path("/{id}")
    public WorkerImportView get(@PathParam("id") String id) {
        UUID importId = parseId(id);
        WorkerImport found = imports.find(importId, caller);
        return WorkerImportView.of(found, imports.errors(importId, 0, FIRST_ERRORS, caller), FIRST_ERRORS);
    }

    /** Refused rows after a line, in line order. */
    @GET
    @Path("/{id}/errors")
    public WorkerImportView.ErrorPage errors(@PathParam("id") String id,
            @QueryParam("after") @DefaultValue("0") @PositiveOrZero long after,
            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(1000) int limit) {
        List<RowError> page = imports.errors(parseId(id), after, limit, caller);
        String next = page.size() < limit ? null
                : "/api/v1/worker-imports/" + id + "/errors?after=" + page.get(page.size() - 1).line() + "&limit=" + limit;
        return new WorkerImportView.ErrorPage(page, next);
    }

    /** The upload's charset (UTF-8 unless Content-Type names another, such as GBK from a spreadsheet). */
    private static Charset charset(MediaType type) {
        String name = type.getParameters().get(MediaType.CHARSET_PARAMETER);
        try {
            return name == null ? StandardCharsets.UTF_8 : Charset.forName(name.strip());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("Content-Type", "charset " + name + " is not known");
        }
    }

    private static UUID parseId(String id) {
        return PathIds.uuid("import", id);
    }
}
