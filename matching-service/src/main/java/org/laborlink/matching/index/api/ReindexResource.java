package org.laborlink.matching.index.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

import org.laborlink.matching.index.Reindex;
import org.laborlink.platform.caller.Caller;
import org.laborlink.platform.problem.ProblemException;
import org.laborlink.platform.reference.RegionCode;

/**
 * Provincial admins rebuild the matching indexes from the beginning of the topics (after a fix in how events become
 * documents, or to repair an index), and follow the rebuild; the current indexes serve until it has caught up.
 */
@Path("/api/v1/admin/reindex")
@RolesAllowed("admin")
public class ReindexResource {

    private final Reindex reindex;
    private final Caller caller;

    public ReindexResource(Reindex reindex, Caller caller) {
        this.reindex = reindex;
        this.caller = caller;
    }

    /** 202 with the rebuild's progress; 409 while another is running. */
    @POST
    public Response start() {
        provincial();
        return Response.accepted(reindex.start()).header("Location", "/api/v1/admin/reindex").build();
    }

    /** The indexes serve every province: a county's or prefecture's admin does not rebuild them. */
    private void provincial() {
        if (caller.region().map(r -> r.level() != RegionCode.Level.PROVINCE).orElse(true)) {
            throw ProblemException.forbidden("only a provincial admin rebuilds the matching indexes");
        }
    }

    /** The progress of the running rebuild, or of the last one since this service started. */
    @GET
    public Reindex.Progress progress() {
        return reindex.progress().orElseThrow(() -> ProblemException.notFound("reindex", "since start"));
    }
}
