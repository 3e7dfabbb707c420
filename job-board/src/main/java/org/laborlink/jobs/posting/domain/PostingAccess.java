package org.laborlink.jobs.posting.domain;

import org.laborlink.platform.caller.Caller;
import org.laborlink.platform.caller.Role;

/**
 * Who may see and change a posting: anyone signed in sees an open posting; its employer's HR and officers of its
 * work region see it in every state and may close it.
 */
public final class PostingAccess {

    private PostingAccess() {
    }

    public static boolean canManage(Caller caller, Posting posting) {
        boolean ownEmployer = caller.is(Role.EMPLOYER) && caller.employerId().filter(posting.employerId::equals).isPresent();
        return ownEmployer || caller.governs(posting.workRegion);
    }

    public static boolean canSee(Caller caller, Posting posting) {
        return posting.status == PostingStatus.OPEN || canManage(caller, posting);
    }
}
