package org.laborlink.jobs.fair;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.laborlink.jobs.fair.domain.JobFair;
import org.laborlink.jobs.fair.store.JobFairRepository;
import org.laborlink.jobs.posting.domain.PostingAccess;
import org.laborlink.jobs.posting.store.PostingRepository;
import org.laborlink.platform.caller.Caller;
import org.laborlink.platform.problem.PathIds;
import org.laborlink.platform.problem.ProblemException;
import org.laborlink.platform.reference.AdministrativeDivisions;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * Job fairs: officers organise them for their region; employers (and the organisers) bring postings; workers register
 * intentions by applying with the fair's id.
 */
@ApplicationScoped
public class JobFairOrganisation {

    /** A fair and what it has drawn so far. */
    public record FairWithFigures(JobFair fair, JobFair.Figures figures) {
    }

    private final JobFairRepository fairs;
    private final PostingRepository postings;
    private final AdministrativeDivisions divisions;
    private final Clock clock;

    public JobFairOrganisation(JobFairRepository fairs, PostingRepository postings, AdministrativeDivisions divisions, Clock clock) {
        this.fairs = fairs;
        this.postings = postings;
        this.divisions = divisions;
        this.clock = clock;
    }

    public Uni<FairWithFigures> organise(String name, JobFair.Kind kind, String region, LocalDate startsOn,
            LocalDate endsOn, Caller caller) {
        if (divisions.find(region).isEmpty()) {
            throw ProblemException.invalidField("region", "is not a division known to the platform");
        }
        if (endsOn.isBefore(startsOn)) {
            throw ProblemException.invalidField("endsOn", "must not be before startsOn");
        }
        if (!caller.governs(region)) {
            throw ProblemException.forbidden("officers organise fairs in their own region");
        }
        JobFair fair = new JobFair();
        fair.id = UUID.randomUUID();
        fair.name = name.strip();
        fair.kind = kind;
        fair.region = region;
        fair.startsOn = startsOn;
        fair.endsOn = endsOn;
        fair.organiser = caller.subject();
        fair.createdAt = clock.instant();
        return Panache.withTransaction(() -> fairs.persist(fair).chain(() -> withFigures(fair)));
    }

    public Uni<FairWithFigures> find(String id) {
        return Panache.withSession(() -> fairs.findById(fairId(id)).chain(fair -> {
            if (fair == null) {
                throw ProblemException.notFound("job fair", id);
            }
            return withFigures(fair);
        }));
    }

    /** The posting's employer, or an officer of the fair's region, offers a posting at the fair. */
    public Uni<FairWithFigures> addPosting(String id, UUID postingId, Caller caller) {
        return Panache.withTransaction(() -> fairs.findById(fairId(id)).chain(fair -> {
            if (fair == null) {
                throw ProblemException.notFound("job fair", id);
            }
            return postings.findById(postingId).chain(posting -> {
                if (posting == null || !PostingAccess.canSee(caller, posting)) {
                    throw ProblemException.invalidField("postingId", "names no posting you can see");
                }
                if (!PostingAccess.canManage(caller, posting) && !caller.governs(fair.region)) {
                    throw ProblemException.forbidden("the posting's employer or the fair's officers bring postings to it");
                }
                return fairs.offer(fair.id, posting.id).chain(() -> withFigures(fair));
            });
        }));
    }

    private Uni<FairWithFigures> withFigures(JobFair fair) {
        return fairs.figures(fair.id).map(figures -> new FairWithFigures(fair, figures));
    }

    private static UUID fairId(String id) {
        return PathIds.uuid("job fair", id);
    }
}
