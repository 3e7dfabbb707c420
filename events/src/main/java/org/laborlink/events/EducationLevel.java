package org.laborlink.events;

/** Schooling: the highest a worker completed, or the least a posting asks for. */
public enum EducationLevel {
    NONE, PRIMARY, JUNIOR_SECONDARY, SENIOR_SECONDARY, VOCATIONAL, COLLEGE, BACHELOR, POSTGRADUATE
}
