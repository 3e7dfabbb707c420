package org.laborlink.workers.labourfile.domain;

/** The highest schooling a worker completed. */
public enum EducationLevel {
    NONE, PRIMARY, JUNIOR_SECONDARY, SENIOR_SECONDARY, VOCATIONAL, COLLEGE, BACHELOR, POSTGRADUATE
}
