package org.laborlink.jobs.hiring.events;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;
import org.laborlink.jobs.hiring.Hiring;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;

/** Records, by itself, the day each employment record reaches 3 and 6 months (laborlink.employment.milestone.v1). */
@ApplicationScoped
public class EmploymentMilestones {

    private static final Logger LOG = Logger.getLogger(EmploymentMilestones.class);

    private final Hiring hiring;

    public EmploymentMilestones(Hiring hiring) {
        this.hiring = hiring;
    }

    @Scheduled(every = "${laborlink.employment.milestone-check:1m}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> recordDue() {
        return hiring.recordMilestones().invoke(n -> {
            if (n > 0) {
                LOG.infof("recorded %d employment milestones", n);
            }
        }).onFailure().invoke(e -> LOG.warn("employment milestone pass failed, will retry", e)).onFailure()
                .recoverWithNull().replaceWithVoid();
    }
}
