package org.laborlink.platform.reference;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;

import org.laborlink.platform.problem.ProblemException;

/** A point on the map as a request gives it, in WGS 84 degrees, checked to lie on the globe. */
public record Coordinates(
        @NotNull @DecimalMin("-90") @DecimalMax("90") Double lat,
        @NotNull @DecimalMin("-180") @DecimalMax("180") Double lon) {

    /** A point given as {@code lat,lon} in a query parameter; anything else, NaN or off the globe, is a 400 naming it. */
    public static Coordinates parse(String parameter, String text) {
        String[] parts = text.split(",", -1);
        try {
            if (parts.length == 2) {
                double lat = Double.parseDouble(parts[0].strip());
                double lon = Double.parseDouble(parts[1].strip());
                if (lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180) {
                    return new Coordinates(lat, lon);
                }
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ProblemException.invalidField(parameter,
                "must be lat,lon in degrees (latitude -90 to 90, longitude -180 to 180), like 30.26,120.13");
    }
}
