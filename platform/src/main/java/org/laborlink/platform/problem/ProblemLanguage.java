package org.laborlink.platform.problem;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Problem details in the language the request asks for: Simplified Chinese when Accept-Language prefers Chinese
 * (zh, zh-CN, zh-Hans...), English otherwise. The Chinese titles are kept per problem type in problems_zh.properties,
 * with the title of the status for a type that has none. A detail is Chinese from the template its refusal names (not
 * found, a stale or missing version, an outage), or from the message catalogue problem-messages_zh.tsv: each line an
 * English message as the services write it, with {0}, {1}... for the values they put in, and its Chinese. The same
 * catalogue renders the messages of the fields at fault; Bean Validation's own messages follow the header by
 * themselves (quarkus.locales). A message the catalogue does not know stays as the service wrote it.
 */
public final class ProblemLanguage {

    private static final ResourceBundle CHINESE = ResourceBundle.getBundle("org.laborlink.platform.problem.problems",
            Locale.forLanguageTag("zh"), ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

    private static final Pattern SLOT = Pattern.compile("\\{(\\d+)}");
    private static final List<Rendering> CATALOGUE = catalogue("problem-messages_zh.tsv");

    /** One message of the catalogue: the English shape (anchored, values lazily matched) and its Chinese. */
    record Rendering(Pattern english, String prefix, String suffix, String chinese) {
    }

    /** The longest message the catalogue is tried on. */
    private static final int LONGEST = 400;

    private ProblemLanguage() {
    }

    /** The Chinese of an English message the services write, or null when the catalogue does not know it. */
    public static String translate(String english) {
        return translate(english, CATALOGUE);
    }

    static String translate(String english, List<Rendering> catalogue) {
        // the services' messages are short; a long one (a value echoed back) is left as it is, never matched at length
        if (english == null || english.length() > LONGEST) {
            return null;
        }
        for (Rendering r : catalogue) {
            if (!english.startsWith(r.prefix()) || !english.endsWith(r.suffix())) {
                continue;
            }
            Matcher m = r.english().matcher(english);
            if (m.matches()) {
                StringBuilder out = new StringBuilder();
                Matcher slot = SLOT.matcher(r.chinese());
                while (slot.find()) {
                    String value = m.group("v" + slot.group(1));
                    slot.appendReplacement(out, Matcher.quoteReplacement(value == null ? "" : value));
                }
                slot.appendTail(out);
                return out.toString();
            }
        }
        return null;
    }

    /** Reads the catalogue: "english<TAB>chinese" per line, # comments; {n} in the English matches any text. */
    static List<Rendering> catalogue(String resource) {
        List<Rendering> out = new ArrayList<>();
        try (InputStream in = ProblemLanguage.class.getResourceAsStream(resource)) {
            if (in == null) {
                return out;
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int tab = line.indexOf('\t');
                if (tab <= 0) {
                    throw new IllegalStateException(resource + ": a line without its Chinese: " + line);
                }
                String english = line.substring(0, tab);
                String chinese = line.substring(tab + 1).strip();
                if (!slots(english).equals(slots(chinese)) || chinese.isEmpty()) {
                    throw new IllegalStateException(resource + ": the Chinese must carry the values {n} the English has: " + line);
                }
                Matcher first = SLOT.matcher(english);
                String prefix = first.find() ? english.substring(0, first.start()) : english;
                int lastSlot = english.lastIndexOf('}');
                String suffix = lastSlot < 0 || !SLOT.matcher(english).find() ? english : english.substring(lastSlot + 1);
                out.add(new Rendering(shape(english), prefix, suffix, chinese));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(out);
    }

    private static java.util.Set<String> slots(String text) {
        java.util.Set<String> out = new java.util.TreeSet<>();
        Matcher m = SLOT.matcher(text);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    /** "a caring job in {0} pays at least {1}" as an anchored pattern with a lazy named group per value. */
    private static Pattern shape(String english) {
        StringBuilder regex = new StringBuilder();
        Matcher slot = SLOT.matcher(english);
        int from = 0;
        java.util.Set<String> seen = new java.util.HashSet<>();
        while (slot.find()) {
            regex.append(Pattern.quote(english.substring(from, slot.start())));
            String group = "v" + slot.group(1);
            regex.append(seen.add(group) ? "(?<" + group + ">.*?)" : "\\k<" + group + ">");
            from = slot.end();
        }
        regex.append(Pattern.quote(english.substring(from)));
        return Pattern.compile(regex.toString(), Pattern.DOTALL);
    }

    /** Whether the most preferred of the languages a request accepts is Chinese. */
    public static boolean prefersChinese(List<Locale> acceptable) {
        return !acceptable.isEmpty() && "zh".equals(acceptable.get(0).getLanguage());
    }

    /** The same, read from a raw Accept-Language header (for the gateway, which answers outside the REST layer). */
    public static boolean prefersChinese(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return false;
        }
        try {
            // LanguageRange.parse sorts by weight; a language refused with q=0 is not asked for
            return Locale.LanguageRange.parse(acceptLanguage).stream().filter(r -> r.getWeight() > 0).findFirst()
                    .map(r -> r.getRange().equals("zh") || r.getRange().startsWith("zh-")).orElse(false);
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }

    /**
     * The problem in Chinese: its type's title, the detail of the template it names or of the catalogue, and the
     * messages of its fields from the catalogue (the fields themselves keep their names).
     */
    public static Problem inChinese(Problem p, String detailKey, Object... arguments) {
        List<Problem.FieldError> errors = p.errors() == null ? List.of() : p.errors().stream()
                .map(e -> new Problem.FieldError(e.field(), orElse(translate(e.message()), e.message()))).toList();
        String detail = detailKey == null ? null : detail(detailKey, arguments);
        if (detail == null) {
            detail = detailOf(p.detail(), p.errors() == null ? List.of() : p.errors(), errors);
        }
        String title = title(slugOf(p), p.status());
        return new Problem(p.type(), title != null ? title : p.title(), p.status(), detail, p.instance(), errors,
                p.existing(), p.requestId());
    }

    /**
     * A detail that lists its fields ("payMin: ...; title: ...") is written again from their translated messages;
     * one that starts with a field ("after: is not a cursor...") keeps the field and translates the rest; any other is
     * looked up whole.
     */
    private static String detailOf(String detail, List<Problem.FieldError> original, List<Problem.FieldError> translated) {
        if (detail == null) {
            return null;
        }
        String listed = String.join("; ", original.stream().map(e -> e.field() + ": " + e.message()).toList());
        if (!original.isEmpty() && detail.equals(listed)) {
            return String.join("；", translated.stream().map(e -> e.field() + "：" + e.message()).toList());
        }
        String whole = translate(detail);
        if (whole != null) {
            return whole;
        }
        int colon = detail.indexOf(": ");
        if (colon > 0 && detail.substring(0, colon).matches("[A-Za-z0-9_.\\[\\]-]+")) {
            String rest = translate(detail.substring(colon + 2));
            if (rest != null) {
                return detail.substring(0, colon) + "：" + rest;
            }
        }
        return detail;
    }

    private static String orElse(String value, String fallback) {
        return value != null ? value : fallback;
    }

    static String title(String slug, int status) {
        String title = text("title." + slug);
        return title != null ? title : text("status." + status);
    }

    private static String detail(String key, Object... arguments) {
        String template = text("detail." + key);
        if (template == null) {
            return null;
        }
        Object[] shown = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            String noun = arguments[i] instanceof String s ? text("noun." + s) : null;
            shown[i] = noun != null ? noun : String.valueOf(arguments[i]);
        }
        return new MessageFormat(template, Locale.SIMPLIFIED_CHINESE).format(shown);
    }

    private static String slugOf(Problem p) {
        String type = p.type().toString();
        return type.substring(type.lastIndexOf('/') + 1);
    }

    private static String text(String key) {
        try {
            return CHINESE.getString(key);
        } catch (MissingResourceException absent) {
            return null;
        }
    }
}
