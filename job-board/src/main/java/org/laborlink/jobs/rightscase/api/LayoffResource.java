package org.laborlink.jobs.rightscase.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import org.laborlink.jobs.rightscase.LayoffPlanning;
import org.laborlink.jobs.rightscase.LayoffPlanning.LayoffView;
import org.laborlink.platform.caller.Caller;
import org.laborlink.platform.problem.PathIds;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

/** A planned layoff with the workers it may touch, for the officers of its employer's region. */
@Path("/api/v1/layoffs")
@RolesAllowed({"officer", "admin"})
public class LayoffResource {

    private final LayoffPlanning layoffs;
    private final Caller caller;

    public LayoffResource(LayoffPlanning layoffs, Caller caller) {
        this.layoffs = layoffs;
        this.caller = caller;
    }

    /** A layoff with the workers it may touch, the registered poor and the relocated first. */
    @GET
    @Path("/{id}")
    @WithSession
    public Uni<LayoffView> get(@PathParam("id") String id) {
        return layoffs.get(PathIds.uuid("layoff", id), caller);
    }
}
