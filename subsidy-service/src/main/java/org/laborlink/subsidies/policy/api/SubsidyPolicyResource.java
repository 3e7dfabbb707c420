package org.laborlink.subsidies.policy.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hibernate.reactive.mutiny.Mutiny;
import org.laborlink.events.subsidies.ProgrammeKind;
import org.laborlink.platform.caller.Caller;
import org.laborlink.platform.problem.Problem;
import org.laborlink.platform.problem.ProblemException;
import org.laborlink.platform.reference.AdministrativeDivisions;
import org.laborlink.platform.reference.RegionCode;
import org.laborlink.platform.time.PlatformCalendar;
import org.laborlink.subsidies.policy.domain.Programme;
import org.laborlink.subsidies.policy.domain.SubsidyPolicy;
import org.laborlink.subsidies.policy.store.PolicyCatalogue.Budget;
import org.laborlink.subsidies.policy.store.PolicyCatalogue.StoredVersion;
import org.laborlink.subsidies.policy.store.PolicyCatalogue;

import io.smallrye.mutiny.Uni;

/**
 * A province's subsidy catalogue: anyone signed in reads the version in effect on a date (today unless {@code on=})
 * with its history and that year's budgets; the province's admins add a version, effective from a date, and set
 * budgets. Money in yuan.
 */
@Path("/api/v1/subsidy-policies/{province}")
public class SubsidyPolicyResource {

    /** A new version of the catalogue, and budgets to set (budgets not named keep their amounts). */
    @Schema(name = "SetSubsidyPolicy")
    public record SetPolicy(
            @NotNull LocalDate effectiveFrom,
            @NotNull @Positive @Digits(integer = 7, fraction = 2) BigDecimal minimumMonthlyWage,
            @NotNull @Positive @Digits(integer = 7, fraction = 2) BigDecimal povertyLineMonthlyIncome,
            @NotNull List<@Valid @NotNull Programme> programmes,
            List<@Valid @NotNull SetBudget> budgets) {

        SubsidyPolicy policy() {
            return new SubsidyPolicy(minimumMonthlyWage.setScale(2), povertyLineMonthlyIncome.setScale(2), programmes);
        }
    }

    /** A budget: how much a programme may spend in a region (county, prefecture or the province) in a year. */
    public record SetBudget(
            @NotNull ProgrammeKind programme,
            @NotNull @Pattern(regexp = RegionCode.PATTERN, message = RegionCode.MESSAGE) String region,
            @NotNull @Min(2000) @Max(2100) Integer year,
            @NotNull @PositiveOrZero @Digits(integer = 12, fraction = 2) BigDecimal amount) {
    }

    /** A version in the catalogue's history. */
    public record VersionSummary(int version, LocalDate effectiveFrom, String setBy, Instant setAt) {
    }

    /** A budget with what approvals have used of it and what is left. */
    public record BudgetView(ProgrammeKind programme, String region, int year, BigDecimal amount, BigDecimal used,
            BigDecimal left) {

        public static BudgetView of(Budget b) {
            return new BudgetView(b.programme(), b.region(), b.year(), b.amount(), b.used(), b.left());
        }
    }

    /** The catalogue in effect on a date. */
    @Schema(name = "SubsidyPolicyView")
    public record PolicyView(String province, LocalDate on, int version, LocalDate effectiveFrom,
            BigDecimal minimumMonthlyWage, BigDecimal povertyLineMonthlyIncome, List<Programme> programmes,
            String setBy, Instant setAt, List<VersionSummary> versions, List<BudgetView> budgets) {
    }

    private final Mutiny.SessionFactory sessions;
    private final PolicyCatalogue catalogue;
    private final AdministrativeDivisions divisions;
    private final Caller caller;

    public SubsidyPolicyResource(Mutiny.SessionFactory sessions, PolicyCatalogue catalogue,
            AdministrativeDivisions divisions, Caller caller) {
        this.sessions = sessions;
        this.catalogue = catalogue;
        this.divisions = divisions;
        this.caller = caller;
    }

    @GET
    public Uni<PolicyView> get(@PathParam("province") String province, @QueryParam("on") LocalDate on) {
        LocalDate day = on == null ? PlatformCalendar.today() : on;
        if (!divisions.isProvince(province)) {
            throw ProblemException.notFound("subsidy catalogue of province", province);
        }
        return sessions.withSession(session -> catalogue.versions(session, province)
                .chain(versions -> catalogue.budgets(session, province.substring(0, 2), day.getYear())
                        .map(budgets -> view(province, day, versions, budgets))));
    }

    @PUT
    @RolesAllowed("admin")
    public Uni<PolicyView> set(@PathParam("province") String province, @Valid @NotNull SetPolicy request) {
        if (!divisions.isProvince(province) || !caller.governs(province)) {
            throw ProblemException.forbidden("a province's admins set its subsidy catalogue");
        }
        SubsidyPolicy policy = request.policy();
        List<Problem.FieldError> errors = new ArrayList<>(policy.problems(""));
        BigDecimal ceiling = policy.minimumMonthlyWage().divide(BigDecimal.TWO);
        if (policy.povertyLineMonthlyIncome().compareTo(ceiling) > 0) {
            errors.add(new Problem.FieldError("povertyLineMonthlyIncome",
                    "is above half the minimum wage: no public-welfare post subsidy could lie between them"));
        }
        List<SetBudget> budgets = request.budgets() == null ? List.of() : request.budgets();
        for (int i = 0; i < budgets.size(); i++) {
            String region = budgets.get(i).region();
            if (!region.startsWith(province.substring(0, 2)) || divisions.find(region).isEmpty()) {
                errors.add(new Problem.FieldError("budgets[" + i + "].region", "is not a division of province " + province));
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(400, "validation", "Request has invalid fields",
                    errors.get(0).field() + ": " + errors.get(0).message(), errors);
        }
        return sessions.withTransaction(session -> catalogue.append(session, province, request.effectiveFrom(), policy,
                        caller.subject())
                .chain(() -> setBudgets(session, province, budgets, 0)))
                .chain(() -> get(province, request.effectiveFrom().isAfter(PlatformCalendar.today())
                        ? request.effectiveFrom() : PlatformCalendar.today()));
    }

    private Uni<Void> setBudgets(Mutiny.Session session, String province, List<SetBudget> budgets, int i) {
        if (i == budgets.size()) {
            return Uni.createFrom().voidItem();
        }
        SetBudget b = budgets.get(i);
        return catalogue.setBudget(session, province, b.programme(), b.region(), b.year(), b.amount().setScale(2))
                .chain(set -> {
                    if (!set) {
                        throw ProblemException.invalidField("budgets[" + i + "].amount",
                                "is below what approved claims have already used of the budget");
                    }
                    return setBudgets(session, province, budgets, i + 1);
                });
    }

    private static PolicyView view(String province, LocalDate on, List<StoredVersion> versions, List<Budget> budgets) {
        StoredVersion current = versions.stream().filter(v -> !v.policy().effectiveFrom().isAfter(on)).findFirst()
                .orElseThrow(() -> ProblemException.notFound("subsidy catalogue in effect on " + on + " of province",
                        province));
        SubsidyPolicy p = current.policy().policy();
        return new PolicyView(province, on, current.policy().version(), current.policy().effectiveFrom(),
                p.minimumMonthlyWage(), p.povertyLineMonthlyIncome(), p.programmes(), current.setBy(), current.setAt(),
                versions.stream().map(v -> new VersionSummary(v.policy().version(), v.policy().effectiveFrom(), v.setBy(),
                        v.setAt())).toList(),
                budgets.stream().map(BudgetView::of).toList());
    }
}
