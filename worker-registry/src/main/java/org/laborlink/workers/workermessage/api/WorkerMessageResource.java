package org.laborlink.workers.workermessage.api;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import org.laborlink.platform.caller.Caller;
import org.laborlink.platform.caller.Role;
import org.laborlink.platform.problem.ProblemException;
import org.laborlink.workers.labourfile.domain.LabourFile;
import org.laborlink.workers.labourfile.store.LabourFileRepository;
import org.laborlink.workers.workermessage.MessageOutbox;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * A worker's messages (offers, hires, freed course places, decided claims, new suggestions) and her choices about
 * them. The worker and officers of her household or current region read them; partners do not (a message is the
 * worker's own); only she changes her choices. Anyone else gets 404.
 */
@Path("/api/v1")
public class WorkerMessageResource {

    private final LabourFileRepository files;
    private final MessageOutbox messages;
    private final Caller caller;

    public WorkerMessageResource(LabourFileRepository files, MessageOutbox messages, Caller caller) {
        this.files = files;
        this.messages = messages;
        this.caller = caller;
    }

    @GET
    @Path("/workers/{id}/messages")
    public Uni<List<WorkerMessageView>> messages(@PathParam("id") String id,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit) {
        return Panache.withSession(() -> readable(id).chain(file -> messages.of(file, limit)));
    }

    @GET
    @Path("/workers/{id}/message-preferences")
    public Uni<MessageChoices> preferences(@PathParam("id") String id) {
        return Panache.withSession(() -> readable(id).chain(messages::preferencesOf));
    }

    @PUT
    @Path("/workers/{id}/message-preferences")
    public Uni<MessageChoices> choose(@PathParam("id") String id, @Valid @NotNull MessageChoices chosen) {
        return Panache.withTransaction(() -> readable(id).chain(file -> messages.choose(file, chosen, caller)));
    }

    private Uni<LabourFile> readable(String id) {
        UUID fileId = LabourFile.parseId(id);
        return files.findById(fileId).map(file -> {
            if (file == null || caller.is(Role.PARTNER) && !caller.is(Role.OFFICER)
                    || !caller.canSeeWorker(file.id.toString(), file.householdRegion, file.currentRegion)) {
                throw ProblemException.notFound("labour file", id);
            }
            return file;
        });
    }
}
