package org.laborlink.subsidies.claim.domain;

import org.laborlink.platform.reference.RegionCode;
import org.laborlink.subsidies.claim.domain.Eligibility.Facts;
import org.laborlink.subsidies.facts.domain.EmploymentFact;
import org.laborlink.subsidies.facts.domain.WorkerFact;
import org.laborlink.subsidies.policy.domain.Claimant;

/**
 * Whether a claimant may see the subject they name, as the service owning it would let them: a hire is seen by its
 * worker, its employer and the officers of the worker's household or the work region; a labour file (and a completed
 * course) by its worker and the officers of its household region; an employer's year by the employer and the
 * officers of its region. A claim naming a subject its claimant may not see is refused as if the subject did not
 * exist, and no fact of it is ever shown to them. No I/O.
 */
public final class SubjectAccess {

    /** What the facts so far say: the claimant may see the subject, may not, or it is not known yet. */
    public enum Verdict {
        VISIBLE, HIDDEN, UNKNOWN
    }

    private SubjectAccess() {
    }

    public static Verdict of(Claim claim, Facts facts) {
        String ref = claim.claimantRef;
        if (ref == null) {
            return Verdict.HIDDEN;
        }
        return switch (claim.programme) {
            case TRANSPORT, SME_HIRING, PUBLIC_WELFARE_POST -> hire(claim.claimantRole, ref, facts.employment(), facts.worker());
            case STUDENT_LIVING -> switch (claim.claimantRole) {
                case WORKER -> same(ref, claim.workerId);
                case EMPLOYER -> Verdict.HIDDEN;
                case OFFICER -> facts.worker() == null ? Verdict.UNKNOWN : governs(ref, facts.worker().householdRegion);
            };
            case TRAINING -> {
                if (claim.claimantRole == Claimant.EMPLOYER) {
                    yield Verdict.HIDDEN;
                }
                if (facts.training() == null) {
                    yield Verdict.UNKNOWN;
                }
                if (claim.claimantRole == Claimant.WORKER) {
                    yield same(ref, facts.training().workerId);
                }
                yield facts.worker() == null ? Verdict.UNKNOWN : governs(ref, facts.worker().householdRegion);
            }
            case HELPING_COMPANY_REWARD -> switch (claim.claimantRole) {
                case EMPLOYER -> ref.equals(claim.employerId) ? Verdict.VISIBLE : Verdict.HIDDEN;
                case WORKER -> Verdict.HIDDEN;
                case OFFICER -> facts.employer() == null ? Verdict.UNKNOWN : governs(ref, facts.employer().region);
            };
        };
    }

    private static Verdict hire(Claimant role, String ref, EmploymentFact hire, WorkerFact worker) {
        if (hire == null) {
            return Verdict.UNKNOWN;
        }
        return switch (role) {
            case WORKER -> same(ref, hire.workerId);
            case EMPLOYER -> ref.equals(hire.employerId) ? Verdict.VISIBLE : Verdict.HIDDEN;
            case OFFICER -> {
                String home = hire.householdRegion != null ? hire.householdRegion
                        : worker != null ? worker.householdRegion : null;
                if (governs(ref, hire.workRegion) == Verdict.VISIBLE || home != null && governs(ref, home) == Verdict.VISIBLE) {
                    yield Verdict.VISIBLE;
                }
                yield home == null ? Verdict.UNKNOWN : Verdict.HIDDEN;
            }
        };
    }

    private static Verdict same(String ref, Object id) {
        return id != null && ref.equals(id.toString()) ? Verdict.VISIBLE : Verdict.HIDDEN;
    }

    private static Verdict governs(String officerRegion, String region) {
        return region != null && RegionCode.isWellFormed(officerRegion) && new RegionCode(officerRegion).contains(region)
                ? Verdict.VISIBLE : Verdict.HIDDEN;
    }
}
