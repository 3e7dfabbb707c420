package org.laborlink.jobs.posting;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;

/** Expires open postings by themselves once their expiry instant has passed (each with its event). */
@ApplicationScoped
public class PostingExpiry {

    private static final Logger LOG = Logger.getLogger(PostingExpiry.class);

    private final PostingPublication publication;

    public PostingExpiry(PostingPublication publication) {
        this.publication = publication;
    }

    @Scheduled(every = "${laborlink.postings.expiry-check:5s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> expireDue() {
        return publication.expireDue().invoke(n -> {
            if (n > 0) {
                LOG.infof("expired %d postings", n);
            }
        }).onFailure().invoke(e -> LOG.warn("posting expiry pass failed, will retry", e)).onFailure().recoverWithNull()
                .replaceWithVoid();
    }
}
