package org.dyad.data.format;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.dyad.data.io.Fields;
import org.dyad.model.InvalidValueException;

/**
 * Tells the format of a file from its first line: a header names its columns (ICEWS, POLECAT,
 * Cline Phoenix, GDELT with a header added, a CSV with event-format names); a headerless line is
 * known by its number of tab-separated fields (GDELT 1.0: 57 or 58; GDELT 2.0: 61; OEDA Phoenix:
 * 26; ICEWS without its header: 20).
 */
public final class FormatDetector {
    private FormatDetector() {
    }

    /** The format of a file whose first line this is; an error that says what was seen when unknown. */
    public static EventFormat detect(byte[] buf, int start, int end) {
        Fields tabs = new Fields((byte) '\t').reset(buf, start, end);
        int n = tabs.count();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < n; i++) {
            String s = tabs.trimmed(i);
            if (s != null) {
                names.add(key(s));
            }
        }
        if (names.contains("globaleventid")) {
            return n >= 61 ? EventFormat.GDELT2 : EventFormat.GDELT1;
        }
        if (names.contains("eventid") && (names.contains("cameocode") || names.contains("eventtext"))
                && names.contains("sourcecountry")) {
            return EventFormat.ICEWS;
        }
        if (names.contains("eventtype") && (names.contains("actorname") || names.contains("recipientname"))) {
            return EventFormat.POLECAT;
        }
        if ((names.contains("eid") && names.contains("storydate"))
                || (names.contains("eventid") && names.contains("sourceactorfull"))) {
            return EventFormat.PHOENIX;
        }
        boolean numericStart = n > 1 && tabs.unsigned(0) >= 0;
        if (numericStart && (n == 57 || n == 58)) {
            return EventFormat.GDELT1;
        }
        if (numericStart && n == 61) {
            return EventFormat.GDELT2;
        }
        if (n == 26 && tabs.length(0) > 0 && tabs.length(1) == 8 && tabs.unsigned(1) >= 0) {
            return EventFormat.PHOENIX;
        }
        if (n == 25 && tabs.string(1) != null && tabs.string(1).matches("\\d{1,2}/\\d{1,2}/\\d{4}")) {
            return EventFormat.PHOENIX;
        }
        if (numericStart && n == 20 && tabs.string(1) != null && tabs.string(1).matches("\\d{4}-\\d{2}-\\d{2}")) {
            return EventFormat.ICEWS;
        }
        if (CsvParser.looksLikeHeader(buf, start, end)) {
            return EventFormat.CSV;
        }
        String text = new String(buf, start, Math.min(end - start, 120), StandardCharsets.UTF_8);
        throw new InvalidValueException("cannot tell the format: the first line has " + n
                + " tab-separated field(s) and no known header (" + printable(text) + "...). Name the format:"
                + " gdelt1, gdelt2, icews, polecat, phoenix or csv");
    }

    /**
     * True for a GDELT 2.0 mentions file (16 columns: event id, two YYYYMMDDHHMMSS times, ...; or
     * a header naming MentionIdentifier, as gdeltPyR's comma-separated copies have).
     */
    public static boolean isGdeltMentions(byte[] buf, int start, int end) {
        Fields tabs = new Fields((byte) '\t').reset(buf, start, end);
        int n = tabs.count();
        if (n == 16 && tabs.unsigned(0) >= 0 && tabs.length(1) == 14 && tabs.unsigned(1) >= 0) {
            return true;
        }
        String line = new String(buf, start, Math.min(end - start, 400), StandardCharsets.ISO_8859_1);
        return key(line).contains("mentionidentifier");
    }

    /** A column name reduced to lower-case letters and digits: {@code Event ID}, {@code event_id} → {@code eventid}. */
    public static String key(String name) {
        StringBuilder b = new StringBuilder(name.length());
        for (char c : name.toLowerCase(Locale.ROOT).toCharArray()) {
            if (Character.isLetterOrDigit(c)) {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static String printable(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            b.append(c == '\t' ? '\u2192' : (c < 0x20 || c == 0xFFFD ? '?' : c));
        }
        return b.toString();
    }
}
