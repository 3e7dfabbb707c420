package org.laborlink.events.accounts;

/** What a linked account acts for. */
public enum AccountKind {
    EMPLOYER_HR, WORKER, TRAINING_PROVIDER, OFFICE, PARTNER_CLIENT
}
