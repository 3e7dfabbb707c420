package org.laborlink.jobs.fair.store;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.laborlink.jobs.fair.domain.Campaign;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;

/** Campaigns in job-board's database. */
@ApplicationScoped
public class CampaignRepository implements PanacheRepositoryBase<Campaign, UUID> {
}
