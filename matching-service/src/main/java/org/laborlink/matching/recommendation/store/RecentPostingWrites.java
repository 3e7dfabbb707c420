package org.laborlink.matching.recommendation.store;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.laborlink.matching.index.domain.JobDocument;
import org.laborlink.matching.index.events.PostingWritten;

/**
 * The postings written to the jobs index lately, in the order they were written, numbered: a list of
 * recommendations kept at position p is brought up to date with the postings changed since p, without asking the
 * index. Holds at most {@code laborlink.recommendations.changes-kept} changes; a list older than the oldest kept is
 * computed again.
 */
@ApplicationScoped
public class RecentPostingWrites {

    private record Change(long position, Instant at, JobDocument posting) {
    }

    /** The latest state of each posting changed since a position, and the position they bring a list up to. */
    public record Changed(long position, List<JobDocument> postings) {
    }

    private final int capacity;
    private final Deque<Change> changes = new ArrayDeque<>();
    private long position;

    public RecentPostingWrites(@ConfigProperty(name = "laborlink.recommendations.changes-kept", defaultValue = "100000") int capacity) {
        this.capacity = capacity;
    }

    void indexed(@Observes @Priority(1) PostingWritten indexed) {
        record(indexed.posting());
    }

    /** A posting as it now stands in the index (only the writes that moved it forward). */
    public synchronized void record(JobDocument posting) {
        changes.addLast(new Change(++position, Instant.now(), posting));
        if (changes.size() > capacity) {
            changes.removeFirst();
        }
    }

    /**
     * The position of the latest change recorded before {@code instant}. Taken before reading the index, with the
     * index's refresh interval to spare (a change is recorded when written, searchable once refreshed), it names
     * changes the read may have missed; asking for the changes since then later brings them in.
     */
    public synchronized long positionAsOf(Instant instant) {
        var newestFirst = changes.descendingIterator();
        while (newestFirst.hasNext()) {
            Change c = newestFirst.next();
            if (c.at().isBefore(instant)) {
                return c.position();
            }
        }
        return changes.isEmpty() ? position : changes.peekFirst().position() - 1;
    }

    /** The latest state of each posting changed after {@code from}, or empty when changes since then were dropped. */
    public synchronized Optional<Changed> since(long from) {
        if (!changes.isEmpty() && changes.peekFirst().position() > from + 1) {
            return Optional.empty();
        }
        Map<String, JobDocument> latest = new LinkedHashMap<>();
        var newestFirst = changes.descendingIterator();
        while (newestFirst.hasNext()) {
            Change c = newestFirst.next();
            if (c.position() <= from) {
                break;
            }
            latest.putIfAbsent(c.posting().postingId(), c.posting());
        }
        return Optional.of(new Changed(position, List.copyOf(latest.values())));
    }
}
