package org.laborlink.workers.labourfile.domain;

/** One field of a labour file that a change touched, with its old and new value (numbers never shown: "changed"). */
public record FieldChange(String field, Object from, Object to) {
}
