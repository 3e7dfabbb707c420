package org.laborlink.jobs.posting.store;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.laborlink.jobs.posting.domain.Posting;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;

/** Postings in job-board's database. */
@ApplicationScoped
public class PostingRepository implements PanacheRepositoryBase<Posting, UUID> {
}
