package org.laborlink.jobs.hiring;

import io.smallrye.mutiny.Uni;

/** Told, in the ending's transaction, that one of an employer's employment records ended (the early warning listens). */
public interface EmploymentEndings {

    /** An employment record of {@code employerId} ended; {@code by} is who recorded it. */
    Uni<Void> ended(String employerId, String by);
}
