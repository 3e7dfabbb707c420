package org.laborlink.subsidies.policy.domain;

/**
 * A fact a programme requires, decided from what subsidy-service has consumed (never from what the claimant types):
 * the worker's poverty registration (workers.v1), the hire and where it went (employment.v1), the employer's flags
 * (employers.v1), a training completion (training.v1, once training-service publishes it).
 */
public enum RequiredFact {
    /** The worker is in the poverty registration: registered poor, from an ex-situ relocated household, or lifted out. */
    POVERTY_REGISTERED(false),
    /** The subject hire exists. */
    HIRED(true),
    /** The hire took the worker out of their home prefecture (a province line is a prefecture line too). */
    LEFT_HOME_PREFECTURE(true),
    /** The hire took the worker out of their home province. */
    LEFT_HOME_PROVINCE(true),
    /** The employer is a small or medium enterprise. */
    EMPLOYER_SME(false),
    /** The employer is an employment "helping company". */
    EMPLOYER_HELPING_COMPANY(false),
    /** The hire is into a public-welfare post. */
    PUBLIC_WELFARE_POST(true),
    /** The hire was running in the claimed month. */
    EMPLOYED_IN_PERIOD(true),
    /** The worker completed the training claimed for. */
    TRAINING_COMPLETED(false);

    private final boolean aboutAHire;

    RequiredFact(boolean aboutAHire) {
        this.aboutAHire = aboutAHire;
    }

    /** Whether only a claim whose subject is a hire can have this fact. */
    public boolean aboutAHire() {
        return aboutAHire;
    }
}
