package org.laborlink.events.workers;

/** A worker's standing in the poverty registration, which decides subsidies and priority. */
public enum PovertyStatus {
    REGISTERED_POOR, LIFTED_OUT, AT_RISK, RELOCATED_EX_SITU, NONE
}
