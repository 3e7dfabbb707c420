package org.laborlink.gateway.proxy;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

/**
 * The transcript as CSV in long form, one figure per row: {@code section, region, name, povertyStatus, measure,
 * value}, so a spreadsheet pivots it any way (Jackson's CSV writer quotes what needs quoting). Sections:
 * {@code destination} (the region's total, each origin province and prefecture), {@code origin} (each destination
 * province and city), {@code fairs} (the total, each host prefecture), {@code employers}, {@code subsidies} (each
 * programme), {@code rights.workHere} and {@code rights.workersFromHere} (the totals, each case type) and
 * {@code training} (each helped region).
 */
final class TranscriptCsv {

    private static final CsvMapper CSV = CsvMapper.builder().enable(CsvParser.Feature.WRAP_AS_ARRAY).build();
    private static final List<String> STAYS = List.of("employments", "inWorkAtEnd", "dueThreeMonths", "stayedThreeMonths",
            "threeMonthRate", "dueSixMonths", "stayedSixMonths", "sixMonthRate");

    private TranscriptCsv() {
    }

    static String write(JsonNode transcript) throws IOException {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"section", "region", "name", "povertyStatus", "measure", "value"});
        String region = transcript.path("region").asText();
        String name = transcript.path("name").asText();
        for (String side : List.of("destination", "origin")) {
            JsonNode figures = transcript.path(side);
            stays(rows, side, region, name, "", figures.path("total"));
            poverty(rows, side, region, name, figures.path("byPovertyStatus"));
            for (JsonNode province : figures.path("byProvince")) {
                String code = province.path("province").asText();
                stays(rows, side, code, province.path("name").asText(), "", province.path("figures"));
                poverty(rows, side, code, province.path("name").asText(), province.path("byPovertyStatus"));
                for (JsonNode prefecture : province.path("prefectures")) {
                    String p = prefecture.path("prefecture").asText();
                    stays(rows, side, p, prefecture.path("name").asText(), "", prefecture.path("figures"));
                    poverty(rows, side, p, prefecture.path("name").asText(), prefecture.path("byPovertyStatus"));
                }
            }
        }
        JsonNode fairs = transcript.path("fairsInPartnerRegions");
        measures(rows, "fairs", region, name, fairs, List.of("fairs", "employers", "postings", "places", "intentions",
                "workersWithIntentions", "hiredWorkers"));
        for (JsonNode host : fairs.path("byHostRegion")) {
            measures(rows, "fairs", host.path("region").asText(), host.path("name").asText(), host,
                    List.of("fairs", "employers", "places", "intentions", "hiredWorkers"));
        }
        JsonNode employers = transcript.path("employers");
        measures(rows, "employers", region, name, employers, List.of("labourInputBases",
                "employmentsAtLabourInputBases", "povertyAlleviationWorkshops", "employmentsAtWorkshops", "helpingCompanies",
                "employmentsAtHelpingCompanies"));
        JsonNode subsidies = transcript.path("subsidiesPaid");
        if (!subsidies.isMissingNode() && !subsidies.isNull()) {
            rows.add(new String[] {"subsidies", region, name, "", "totalYuan", subsidies.path("total").asText()});
            for (JsonNode programme : subsidies.path("byProgramme")) {
                String kind = programme.path("programme").asText();
                rows.add(new String[] {"subsidies", region, name, "", kind + ".claims", programme.path("claims").asText()});
                rows.add(new String[] {"subsidies", region, name, "", kind + ".amountYuan", programme.path("amount").asText()});
            }
        }
        for (String side : List.of("workHere", "workersFromHere")) {
            JsonNode rights = transcript.path("rights").path(side);
            if (rights.isMissingNode() || rights.isNull()) {
                continue;
            }
            String section = "rights." + side;
            measures(rows, section, region, name, rights, List.of("cases", "overdue", "amountRecovered",
                    "medianDaysToResolve", "flaggedEmployers"));
            for (JsonNode type : rights.path("byType")) {
                String kind = type.path("caseType").asText();
                for (String measure : List.of("cases", "open", "resolved", "overdue", "amountClaimed", "amountRecovered")) {
                    rows.add(new String[] {section, region, name, "", kind + "." + measure, text(type.path(measure))});
                }
            }
        }
        for (JsonNode trainees : transcript.path("trainingOfHelpedRegions")) {
            measures(rows, "training", trainees.path("region").asText(), trainees.path("name").asText(), trainees,
                    List.of("year", "target", "enrolled", "completed", "certified", "completionPercent"));
        }
        StringWriter out = new StringWriter();
        try (SequenceWriter writer = CSV.writerFor(String[].class).with(CsvSchema.emptySchema()).writeValues(out)) {
            writer.writeAll(rows);
        }
        return out.toString();
    }

    private static void stays(List<String[]> rows, String section, String region, String name, String poverty,
            JsonNode figures) {
        for (String measure : STAYS) {
            rows.add(new String[] {section, region, name, poverty, measure, text(figures.path(measure))});
        }
    }

    private static void poverty(List<String[]> rows, String section, String region, String name, JsonNode byPoverty) {
        for (JsonNode status : byPoverty) {
            stays(rows, section, region, name, status.path("povertyStatus").asText(), status.path("figures"));
        }
    }

    private static void measures(List<String[]> rows, String section, String region, String name, JsonNode node,
            List<String> measures) {
        for (String measure : measures) {
            rows.add(new String[] {section, region, name, "", measure, text(node.path(measure))});
        }
    }

    private static String text(JsonNode value) {
        return value.isMissingNode() || value.isNull() ? "" : value.asText();
    }
}
