package org.laborlink.matching.index.events;

/**
 * A labour file written to the workers index because its event moved it forward, at {@code version}. Fired
 * synchronously by {@link LabourFileIndexer}: the recommendations kept for the worker are forgotten before the
 * record is acknowledged.
 */
public record LabourFileWritten(String workerId, long version) {
}
