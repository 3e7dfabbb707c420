package org.laborlink.platform.concurrency;

import org.eclipse.microprofile.context.ManagedExecutor;
import org.eclipse.microprofile.context.ThreadContext;

/**
 * Work done one task at a time, in the order given, on Quarkus's managed threads rather than a thread of its own:
 * the outbox relay's passes, a bulk import and the checking of its next batch, an index rebuild. No request context
 * travels with a task. Shut it down with the bean that made it.
 */
public final class SerialExecutor {

    private SerialExecutor() {
    }

    public static ManagedExecutor create() {
        return ManagedExecutor.builder().maxAsync(1).maxQueued(-1)
                .propagated(ThreadContext.NONE).cleared(ThreadContext.ALL_REMAINING).build();
    }
}
