package org.laborlink.platform.reference;

/**
 * A 6-digit administrative division code (GB/T 2260): a province ends in 0000, a prefecture in 00, anything else is
 * a county-level division. A region contains the divisions beneath it.
 */
public record RegionCode(String value) {

    /** The shape of a division code, for Bean Validation of requests. */
    public static final String PATTERN = "[1-9][0-9]{5}";
    public static final String MESSAGE = "must be a 6-digit administrative division code";

    public enum Level {
        PROVINCE, PREFECTURE, COUNTY
    }

    public RegionCode {
        if (value == null || !value.matches(PATTERN)) {
            throw new IllegalArgumentException("region code must be 6 digits: " + value);
        }
    }

    public static boolean isWellFormed(String value) {
        return value != null && value.matches(PATTERN);
    }

    public Level level() {
        if (value.endsWith("0000")) {
            return Level.PROVINCE;
        }
        return value.endsWith("00") ? Level.PREFECTURE : Level.COUNTY;
    }

    public String province() {
        return value.substring(0, 2) + "0000";
    }

    /** The code prefix shared by every division inside this one ("52" for Guizhou, "5226" for Qiandongnan). */
    public String prefix() {
        return switch (level()) {
            case PROVINCE -> value.substring(0, 2);
            case PREFECTURE -> value.substring(0, 4);
            case COUNTY -> value;
        };
    }

    /** Whether {@code other} is this region or lies inside it. */
    public boolean contains(String other) {
        return other != null && other.startsWith(prefix());
    }

    @Override
    public String toString() {
        return value;
    }
}
