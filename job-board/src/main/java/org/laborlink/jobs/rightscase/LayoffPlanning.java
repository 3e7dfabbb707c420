package org.laborlink.jobs.rightscase;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.laborlink.events.rights.EmployerFlagChanged.Reason;
import org.laborlink.jobs.employer.store.EmployerRepository;
import org.laborlink.jobs.hiring.domain.Employment;
import org.laborlink.jobs.hiring.store.HiringRepositories;
import org.laborlink.jobs.rightscase.api.RightsCaseRequests.PlanLayoff;
import org.laborlink.jobs.rightscase.domain.Layoff;
import org.laborlink.jobs.rightscase.store.RightsCaseRepositories;
import org.laborlink.platform.caller.Caller;
import org.laborlink.platform.problem.ProblemException;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * Layoffs an employer must make, recorded by the officers of its region: the employer is flagged (LAYOFF) until an
 * officer clears it with a reason ({@link WarningReview}), and the workers it employs now are listed for priority
 * retention, the registered poor and the relocated first. Only officers and admins governing the employer's region; others 404.
 */
@ApplicationScoped
public class LayoffPlanning {

    /** A planned layoff and the workers it may touch, in the order the office keeps them in work. */
    public record LayoffView(UUID id, String employerId, LocalDate plannedOn, int headcount, String reason,
            String recordedBy, java.time.Instant recordedAt, List<AffectedWorker> affected) {
    }

    /** One worker the layoff may touch; her new-job recommendations are at {@code recommendations}. */
    public record AffectedWorker(UUID workerId, UUID employmentId, String householdRegion, String povertyStatus,
            LocalDate startDate, boolean priorityRetention, String recommendations) {
    }

    private final RightsCaseRepositories.Layoffs layoffs;
    private final EmployerRepository employers;
    private final HiringRepositories.Employments employments;
    private final EarlyWarning warning;
    private final Clock clock;

    public LayoffPlanning(RightsCaseRepositories.Layoffs layoffs, EmployerRepository employers,
            HiringRepositories.Employments employments, EarlyWarning warning, Clock clock) {
        this.layoffs = layoffs;
        this.employers = employers;
        this.employments = employments;
        this.warning = warning;
        this.clock = clock;
    }

    public Uni<LayoffView> plan(UUID employerId, PlanLayoff request, Caller caller) {
        return Panache.withTransaction(() -> employers.governedBy(employerId, caller).chain(employer -> {
            Layoff l = new Layoff();
            l.id = UUID.randomUUID();
            l.employerId = employerId.toString();
            l.employerRegion = employer.region;
            l.plannedOn = request.plannedOn();
            l.headcount = request.headcount();
            l.reason = request.reason().strip();
            l.recordedBy = caller.subject();
            l.recordedAt = clock.instant();
            return layoffs.persist(l).chain(() -> warning.raise(l.employerId, Reason.LAYOFF, caller.subject()))
                    .chain(() -> view(l));
        }));
    }

    public Uni<LayoffView> get(UUID id, Caller caller) {
        return layoffs.findById(id).chain(l -> {
            if (l == null || !caller.governs(l.employerRegion)) {
                throw ProblemException.notFound("layoff", id);
            }
            return view(l);
        });
    }

    private Uni<LayoffView> view(Layoff l) {
        return employments.currentOfEmployer(l.employerId).map(current -> new LayoffView(l.id, l.employerId, l.plannedOn,
                l.headcount, l.reason, l.recordedBy, l.recordedAt, current.stream()
                        .sorted(Layoff.retentionOrder((Employment e) -> e.povertyStatus, e -> e.startDate))
                        .map(e -> new AffectedWorker(e.workerId, e.id, e.householdRegion, e.povertyStatus, e.startDate,
                                Layoff.priorityOf(e.povertyStatus) == 0,
                                "/api/v1/workers/" + e.workerId + "/recommendations"))
                        .toList()));
    }
}
