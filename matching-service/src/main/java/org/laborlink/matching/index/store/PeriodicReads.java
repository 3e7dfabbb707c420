package org.laborlink.matching.index.store;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

import io.vertx.core.Vertx;

/**
 * A read of the index repeated every so often, one at a time, on a worker thread: a Vert.x timer, since Quarkus's
 * scheduler runs nothing more often than once a second. Every instance reads what the others wrote this way.
 */
public final class PeriodicReads {

    private PeriodicReads() {
    }

    public static void every(Vertx vertx, Duration period, Runnable read) {
        AtomicBoolean reading = new AtomicBoolean();
        vertx.setPeriodic(period.toMillis(), id -> {
            if (reading.compareAndSet(false, true)) {
                vertx.executeBlocking(() -> {
                    try {
                        read.run();
                    } finally {
                        reading.set(false);
                    }
                    return null;
                }, false);
            }
        });
    }
}
