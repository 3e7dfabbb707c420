package org.laborlink.jobs.posting;

import org.laborlink.events.employers.EmployerChanged.Standing;

import io.smallrye.mutiny.Uni;

/** Where an employer stands with its labour office, as the posting gate asks it (the employer aggregate answers). */
public interface EmployerStandings {

    /** The employer's standing, or null when no employer has this id. */
    Uni<Standing> standingOf(String employerId);
}
