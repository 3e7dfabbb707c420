package org.laborlink.jobs.posting;

import io.smallrye.mutiny.Uni;

/** Whether an employer is flagged by the early warning, as the posting gate asks it (the rights aggregate answers). */
public interface EarlyWarningFlags {

    /** True while a warning about the employer stands (an open wage-arrears case...). */
    Uni<Boolean> isFlagged(String employerId);
}
