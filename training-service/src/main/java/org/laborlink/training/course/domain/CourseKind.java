package org.laborlink.training.course.domain;

/**
 * The training models the seed reports name: embedded in a workplace, order-based (trained for an employer's
 * vacancies: graduates are that posting's first candidates), targeted (for a group such as poor labour), general.
 */
public enum CourseKind {
    GENERAL, EMBEDDED, ORDER_BASED, TARGETED
}
