package org.laborlink.training.targets;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.reactive.mutiny.Mutiny;
import org.laborlink.platform.caller.Caller;
import org.laborlink.platform.caller.Role;
import org.laborlink.platform.cooperation.CooperationPairs;
import org.laborlink.platform.problem.ProblemException;
import org.laborlink.platform.reference.AdministrativeDivisions;
import org.laborlink.platform.reference.RegionCode;
import org.laborlink.platform.time.PlatformCalendar;
import org.laborlink.training.targets.domain.TargetProgress;
import org.laborlink.training.targets.store.TrainingTargetStore;

import io.smallrye.mutiny.Uni;

/**
 * Training targets per region and year and how far the region is along them. Officers and admins of the region read
 * and set them. The regions paired with it for east-west cooperation (their officers train its workers) and the
 * partner client of its province read them too, for the transcript; anyone else: 404.
 */
@ApplicationScoped
public class TrainingTargets {

    private final Mutiny.SessionFactory sessions;
    private final TrainingTargetStore store;
    private final AdministrativeDivisions divisions;
    private final CooperationPairs pairs;
    private final Clock clock;

    public TrainingTargets(Mutiny.SessionFactory sessions, TrainingTargetStore store, AdministrativeDivisions divisions,
            CooperationPairs pairs, Clock clock) {
        this.sessions = sessions;
        this.pairs = pairs;
        this.store = store;
        this.divisions = divisions;
        this.clock = clock;
    }

    public Uni<TargetProgress.Report> set(String code, int year, int target, Caller caller) {
        scope(code, caller);
        return sessions.withTransaction(session -> store.set(session, code, year, target, caller.subject(), clock.instant()))
                .chain(() -> report(code, year, caller));
    }

    /** The region's report for the year (this year in China when none is given). */
    public Uni<TargetProgress.Report> report(String code, Integer year, Caller caller) {
        boolean reader = RegionCode.isWellFormed(code) && (pairs.isPartnerOfCaller(caller, code)
                || (caller.is(Role.PARTNER) && caller.province().map(p -> p.contains(code)).orElse(false)));
        RegionCode region = reader ? new RegionCode(code) : scope(code, caller);
        int y = year == null ? PlatformCalendar.today(clock).getYear() : year;
        String prefix = region.prefix();
        return sessions.withSession(session -> store.targets(session, prefix, y)
                .chain(explicit -> store.counts(session, prefix, TargetProgress.subRegionDigits(region),
                                PlatformCalendar.startOf(LocalDate.of(y, 1, 1)),
                                PlatformCalendar.startOf(LocalDate.of(y + 1, 1, 1)))
                        .map(counts -> TargetProgress.of(region, y, explicit, counts,
                                c -> divisions.find(c).map(d -> d.name()).orElse(null)))));
    }

    private static RegionCode scope(String code, Caller caller) {
        if (!RegionCode.isWellFormed(code) || !caller.governs(code)) {
            throw ProblemException.notFound("training targets of region", code);
        }
        return new RegionCode(code);
    }
}
