package org.laborlink.jobs.policy.store;

import jakarta.enterprise.context.ApplicationScoped;

import org.laborlink.jobs.policy.domain.ProvincePolicy;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;

/** Province policy numbers in job-board's database. */
@ApplicationScoped
public class ProvincePolicyRepository implements PanacheRepositoryBase<ProvincePolicy, String> {
}
