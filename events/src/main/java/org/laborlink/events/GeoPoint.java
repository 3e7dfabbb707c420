package org.laborlink.events;

/** A point on the map (WGS 84 degrees). */
public record GeoPoint(double lat, double lon) {
}
