package org.laborlink.events.subsidies;

/** The kinds of subsidy programme a labour office runs; a province's catalogue offers at most one of each. */
public enum ProgrammeKind {
    /** One-time transport subsidy for a poor migrant worker going to a job (per hire). */
    TRANSPORT,
    /** Employment subsidy to a small or medium enterprise newly hiring a poor worker (per hire). */
    SME_HIRING,
    /** Monthly subsidy of a public-welfare post (per hire and month). */
    PUBLIC_WELFARE_POST,
    /** One-time reward to an employment "helping company" (per employer and year). */
    HELPING_COMPANY_REWARD,
    /** Living subsidy for a student from a poor household (per worker and year). */
    STUDENT_LIVING,
    /** Vocational training subsidy, decided once training completions are published. */
    TRAINING
}
