package org.laborlink.jobs.transcript.api;

import java.time.LocalDate;
import java.util.List;

/** What job-board tells of a region's east-west labour cooperation over a period: its part of the transcript. */
public final class TranscriptViews {

    private TranscriptViews() {
    }

    /**
     * A region's employment transcript: the workers employed there by where they come from (the destination side),
     * its own workers employed elsewhere by where they went (the origin side), the fairs it held in the regions it is
     * paired with, and its labour input bases, poverty-alleviation workshops and helping companies. {@code scope}
     * says whose workers are counted: {@code all}, or a partner province's code (its own workers only).
     */
    public record EmploymentTranscript(String region, String name, LocalDate from, LocalDate to, String scope,
            List<String> partnerRegions, List<String> helpedRegions, Side destination, Side origin, FairTotals fairsInPartnerRegions,
            AssistedEmployers employers) {
    }

    /**
     * Employment records active at some time in the period ({@code employments}; a worker who changed jobs in it
     * counts once per job, as the stable-employment figures count hires); of them, those active on the period's last
     * day (or today, if sooner): the workers in work then ({@code inWorkAtEnd}, the transcript's "employed as of");
     * and of the records 3 (6) months old by that day, how many lasted that long. Every figure adds up across groups.
     */
    public record Stays(long employments, long inWorkAtEnd, long dueThreeMonths, long stayedThreeMonths,
            Double threeMonthRate, long dueSixMonths, long stayedSixMonths, Double sixMonthRate) {

        public static Stays of(long[] n) {
            return new Stays(n[0], n[1], n[2], n[3], rate(n[3], n[2]), n[4], n[5], rate(n[5], n[4]));
        }

        static Double rate(long part, long whole) {
            return whole == 0 ? null : Math.round(1000.0 * part / whole) / 1000.0;
        }
    }

    /** The figures of the workers of one poverty status (UNKNOWN: hired before the status was kept). */
    public record ByPovertyStatus(String povertyStatus, Stays figures) {
    }

    /**
     * One side of the transcript, grouped by the other end: for the destination side the workers' home provinces and
     * prefectures, for the origin side the provinces and cities they work in.
     */
    public record Side(Stays total, List<ByPovertyStatus> byPovertyStatus, List<Province> byProvince) {
    }

    public record Province(String province, String name, Stays figures, List<ByPovertyStatus> byPovertyStatus,
            List<Prefecture> prefectures) {
    }

    public record Prefecture(String prefecture, String name, Stays figures, List<ByPovertyStatus> byPovertyStatus) {
    }

    /**
     * Job fairs and what they drew: fairs; employers, postings and places offered (each once, however many fairs
     * offered it); intentions (applications naming a fair) and the workers who registered them (each once); hires
     * through them (workers, each once).
     */
    public record FairTotals(long fairs, long employers, long postings, long places, long intentions,
            long workersWithIntentions, long hiredWorkers, List<FairsHeldIn> byHostRegion) {
    }

    /** The fairs held in one region (a prefecture). */
    public record FairsHeldIn(String region, String name, long fairs, long employers, long places, long intentions,
            long hiredWorkers) {
    }

    /**
     * The region's verified employers the assistance policies mark, and their employment records active in the period
     * (for a partner, of its province's workers only).
     */
    public record AssistedEmployers(long labourInputBases, long employmentsAtLabourInputBases,
            long povertyAlleviationWorkshops, long employmentsAtWorkshops, long helpingCompanies,
            long employmentsAtHelpingCompanies) {
    }
}
