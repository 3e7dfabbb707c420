package org.laborlink.jobs.policy.api;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.laborlink.jobs.policy.domain.ProvincePolicy;
import org.laborlink.jobs.policy.store.ProvincePolicyRepository;
import org.laborlink.platform.caller.Caller;
import org.laborlink.platform.problem.ProblemException;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

/** The policy numbers postings of a province are held to: anyone signed in reads them, the province's admin sets them. */
@Path("/api/v1/policies/{province}")
public class PolicyResource {

    /** A province's policy numbers, money in yuan (monthly, except the insurance cover). */
    @Schema(name = "ProvincePolicyView")
    public record PolicyView(String province, BigDecimal caringJobPayFloor, BigDecimal minimumMonthlyWage,
            BigDecimal povertyLineMonthlyIncome, BigDecimal publicWelfareInsuranceCover, int temporaryPostMinimumMonths,
            String updatedBy, Instant updatedAt) {

        static PolicyView of(ProvincePolicy p) {
            return new PolicyView(p.province, p.caringJobPayFloor, p.minimumMonthlyWage, p.povertyLineMonthlyIncome,
                    p.publicWelfareInsuranceCover, p.temporaryPostMinimumMonths, p.updatedBy, p.updatedAt);
        }
    }

    /** New numbers for a province. */
    @Schema(name = "SetProvincePolicy")
    public record SetPolicy(
            @NotNull @Positive @Digits(integer = 7, fraction = 2) BigDecimal caringJobPayFloor,
            @NotNull @Positive @Digits(integer = 7, fraction = 2) BigDecimal minimumMonthlyWage,
            @NotNull @Positive @Digits(integer = 7, fraction = 2) BigDecimal povertyLineMonthlyIncome,
            @NotNull @Positive @Digits(integer = 10, fraction = 2) BigDecimal publicWelfareInsuranceCover,
            @NotNull @Min(1) @Max(24) Integer temporaryPostMinimumMonths) {
    }

    private final ProvincePolicyRepository policies;
    private final Caller caller;

    public PolicyResource(ProvincePolicyRepository policies, Caller caller) {
        this.policies = policies;
        this.caller = caller;
    }

    @GET
    @WithSession
    public Uni<PolicyView> get(@PathParam("province") String province) {
        return policies.findById(province).map(p -> {
            if (p == null) {
                throw ProblemException.notFound("policy of province", province);
            }
            return PolicyView.of(p);
        });
    }

    @PUT
    @RolesAllowed("admin")
    public Uni<PolicyView> set(@PathParam("province") String province, @Valid @NotNull SetPolicy request) {
        if (!province.matches("[1-9][0-9]0000") || !caller.governs(province)) {
            throw ProblemException.forbidden("a province's admins set its policy numbers");
        }
        if (request.minimumMonthlyWage().divide(BigDecimal.TWO).compareTo(request.povertyLineMonthlyIncome()) < 0) {
            throw ProblemException.invalidField("povertyLineMonthlyIncome",
                    "is above half the minimum wage: no public-welfare post could pay between them");
        }
        return Panache.withTransaction(() -> policies.findById(province).chain(existing -> {
            ProvincePolicy p = existing != null ? existing : new ProvincePolicy();
            p.province = province;
            p.caringJobPayFloor = request.caringJobPayFloor().setScale(2);
            p.minimumMonthlyWage = request.minimumMonthlyWage().setScale(2);
            p.povertyLineMonthlyIncome = request.povertyLineMonthlyIncome().setScale(2);
            p.publicWelfareInsuranceCover = request.publicWelfareInsuranceCover().setScale(2);
            p.temporaryPostMinimumMonths = request.temporaryPostMinimumMonths();
            p.updatedBy = caller.subject();
            p.updatedAt = Instant.now();
            return existing != null ? Uni.createFrom().item(p) : policies.persist(p);
        })).map(PolicyView::of);
    }
}
