package org.dyad.text.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * The words a cleaning step may trust: English words (SCOWL, lower case) and proper names (the
 * active actor dictionary's names, demonyms and capitals, as written). Used to decide whether a
 * line-end hyphen belongs to the word and whether an OCR confusion ({@code lran}) can be proven
 * to be a known word ({@code Iran}). Immutable and thread-safe.
 */
public final class Lexicon {
    private static final String ENGLISH = "/org/dyad/text/lexicon/english-words.txt.gz";
    private static volatile Set<String> english;

    private final Set<String> words;
    /** Proper names by their lower-case form, to their written form ("iran" → "Iran", "iri" → "IRI"). */
    private final Map<String, String> properNames;

    private Lexicon(Set<String> words, Map<String, String> properNames) {
        this.words = words;
        this.properNames = properNames;
    }

    /** English words plus the given proper names (single words; multi-word names are split). */
    public static Lexicon of(Collection<String> properNames) {
        Map<String, String> names = new HashMap<>();
        for (String n : properNames) {
            for (String w : n.split("[\\s_]+")) {
                if (w.length() > 1 && Character.isUpperCase(w.charAt(0))) {
                    names.putIfAbsent(w.toLowerCase(Locale.ROOT), w);
                }
            }
        }
        return new Lexicon(englishWords(), names);
    }

    public static Set<String> englishWords() {
        Set<String> e = english;
        if (e == null) {
            synchronized (Lexicon.class) {
                e = english;
                if (e == null) {
                    e = load();
                    english = e;
                }
            }
        }
        return e;
    }

    private static Set<String> load() {
        try (InputStream in = Lexicon.class.getResourceAsStream(ENGLISH)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + ENGLISH);
            }
            Set<String> s = new HashSet<>(100_000);
            try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(in),
                    StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    if (!line.isEmpty() && line.charAt(0) != '#') {
                        s.add(line);
                    }
                }
            }
            return s;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + ENGLISH, e);
        }
    }

    /** True for a known English word, case ignored ("Countries", "countries"). */
    public boolean isWord(CharSequence w) {
        return words.contains(w.toString().toLowerCase(Locale.ROOT));
    }

    /** True for a known proper name written as the dictionary writes it, or in capitals ("Iran", "IRAN"). */
    public boolean isProperName(CharSequence w) {
        String s = w.toString();
        String written = properNames.get(s.toLowerCase(Locale.ROOT));
        return written != null && (written.equals(s) || s.equals(s.toUpperCase(Locale.ROOT)));
    }

    /** Known as an English word in any case, or as a proper name as written. */
    public boolean isKnown(CharSequence w) {
        return isWord(w) || isProperName(w);
    }
}
