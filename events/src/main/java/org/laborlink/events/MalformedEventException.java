package org.laborlink.events;

/** A consumed record that can never be processed (not a CloudEvent, unknown type, data off its schema): dead-letter it. */
public class MalformedEventException extends RuntimeException {
    public MalformedEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
