package org.laborlink.events;

/** The Kafka topics services meet on; the key of every record is the aggregate id, so one aggregate's events stay ordered. */
public final class Topics {
    public static final String WORKERS = "workers.v1";
    public static final String EMPLOYERS = "employers.v1";
    public static final String JOBS = "jobs.v1";
    public static final String APPLICATIONS = "applications.v1";
    public static final String EMPLOYMENT = "employment.v1";
    public static final String TRAINING = "training.v1";
    public static final String SUBSIDIES = "subsidies.v1";
    public static final String MATCHES = "matches.v1";
    /** Accounts linked to and unlinked from what they act for: the audit trail of access. */
    public static final String ACCOUNTS = "accounts.v1";
    /** Rights-protection cases about employment records (wage arrears, injuries...), step by step. */
    public static final String RIGHTS = "rights.v1";

    /** Where a consumer puts a message it cannot process, with the reason in the record's headers. */
    public static String deadLetter(String topic) {
        return topic + ".dlq";
    }

    private Topics() {
    }
}
