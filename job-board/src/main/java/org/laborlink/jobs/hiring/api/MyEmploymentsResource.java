package org.laborlink.jobs.hiring.api;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

import org.laborlink.jobs.hiring.Hiring;
import org.laborlink.jobs.hiring.api.HiringViews.EmploymentView;
import org.laborlink.platform.caller.Caller;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

/** The calling worker's own employment records (what a transport claim names), newest hire first. */
@Path("/api/v1/me/employments")
public class MyEmploymentsResource {

    private final Hiring hiring;
    private final Caller caller;

    public MyEmploymentsResource(Hiring hiring, Caller caller) {
        this.hiring = hiring;
        this.caller = caller;
    }

    @GET
    @RolesAllowed("worker")
    @WithSession
    public Uni<List<EmploymentView>> mine() {
        return hiring.employmentsOfWorker(caller).map(list -> list.stream().map(EmploymentView::of).toList());
    }
}
