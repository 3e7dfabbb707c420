package org.laborlink.jobs.posting.domain;

import java.util.List;

import org.laborlink.events.employers.EmployerChanged.Standing;
import org.laborlink.platform.problem.Problem;
import org.laborlink.platform.problem.ProblemException;

/**
 * The one rule for what workers and matching may be shown: a posting opens only when its employer is VERIFIED by the
 * labour office of its region (and not suspended). Later gates (a confirmed occupation code, a flagged employer's
 * review) are added here, so publishing a draft, publishing at once and reinstating all pass the same checks.
 */
public final class PostingGate {

    private PostingGate() {
    }

    /**
     * Refuses (409, rule {@code occupation-confirmed}) to open a posting whose occupation code nobody confirmed: a
     * posting created with a title only waits, as a draft, for its employer or an officer to choose a code.
     */
    public static void mayOpen(Posting posting) {
        if (posting.occupationConfirmed && posting.occupationCode != null) {
            return;
        }
        String detail = "occupation-confirmed: posting " + posting.id + " has no confirmed occupation code; choose one"
                + " (one of occupationSuggestions or another) with PATCH occupationCode, then publish";
        throw new ProblemException(409, "occupation-not-confirmed", "Occupation not confirmed", detail,
                List.of(new Problem.FieldError("occupationCode", detail)));
    }

    /** Refuses (409, rule {@code employer-verified}) to open a posting of an employer standing as given (null: unknown). */
    public static void mayOpen(String employerId, Standing standing) {
        if (standing == Standing.VERIFIED) {
            return;
        }
        String why = standing == null ? "is not registered with the platform"
                : switch (standing) {
                    case PENDING -> "is waiting for an officer of its region to verify it";
                    case REFUSED -> "was refused by its labour office";
                    case SUSPENDED -> "is suspended by its labour office";
                    case VERIFIED -> throw new IllegalStateException();
                };
        String detail = "employer-verified: only an employer verified by its labour office publishes postings; employer "
                + employerId + " " + why + ". Keep the posting as a draft (draft: true) and publish it once verified";
        throw new ProblemException(409, "employer-not-verified", "Employer not verified", detail,
                List.of(new Problem.FieldError("employerId", detail)));
    }
}
