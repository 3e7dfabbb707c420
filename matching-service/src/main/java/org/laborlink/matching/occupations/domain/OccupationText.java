package org.laborlink.matching.occupations.domain;

/**
 * One text the classification gives an occupation: its name, or one variant of one of its aliases. {@code heldOut}
 * texts are searched in service and left out when accuracy is measured (one alias in five, chosen by its hash).
 */
public record OccupationText(String code, String text, boolean isName, boolean heldOut) {
}
