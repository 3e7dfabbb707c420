package org.laborlink.events;

/** The kinds of post the seeds name; each has its own rules in the province's policy data. */
public enum JobType {
    REGULAR, CARING_JOB, PUBLIC_WELFARE_POST, TEMPORARY_POST, WORKSHOP_JOB
}
