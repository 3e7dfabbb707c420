package org.laborlink.platform.time;

import java.time.LocalDate;

import org.laborlink.platform.problem.ProblemException;

/**
 * The days a year-to-date report covers, as the transcript's parts read {@code from}/{@code to}: {@code to} defaults
 * to today, {@code from} to the first of January of {@code to}'s year; {@code to} before {@code from} is 400 naming
 * {@code to}.
 */
public record ReportPeriod(LocalDate from, LocalDate to) {

    public static ReportPeriod yearToDate(LocalDate from, LocalDate to, LocalDate today) {
        LocalDate end = to != null ? to : today;
        LocalDate start = from != null ? from : end.withDayOfYear(1);
        if (end.isBefore(start)) {
            throw ProblemException.invalidField("to", "must not be before from");
        }
        return new ReportPeriod(start, end);
    }
}
