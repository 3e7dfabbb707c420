package org.laborlink.jobs.hiring.api;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

import org.laborlink.jobs.hiring.Hiring;
import org.laborlink.jobs.hiring.api.HiringViews.ApplicationView;
import org.laborlink.platform.caller.Caller;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

/** The calling worker's own applications, newest first. */
@Path("/api/v1/me/applications")
public class MyApplicationsResource {

    private final Hiring hiring;
    private final Caller caller;

    public MyApplicationsResource(Hiring hiring, Caller caller) {
        this.hiring = hiring;
        this.caller = caller;
    }

    @GET
    @RolesAllowed("worker")
    @WithSession
    public Uni<List<ApplicationView>> mine() {
        return hiring.applicationsOfWorker(caller).map(list -> list.stream().map(ApplicationView::of).toList());
    }
}
