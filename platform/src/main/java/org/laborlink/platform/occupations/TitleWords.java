package org.laborlink.platform.occupations;

/** What a job title or a wish in someone's words must have to be one: a character, letter or digit (not only emoji). */
public final class TitleWords {

    private TitleWords() {
    }

    public static boolean hasWords(String text) {
        return text != null && text.codePoints().anyMatch(Character::isLetterOrDigit);
    }
}
