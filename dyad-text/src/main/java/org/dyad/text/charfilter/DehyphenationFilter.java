package org.dyad.text.charfilter;

import java.util.Locale;
import java.util.Set;
import org.dyad.text.lexicon.Lexicon;

/**
 * Joins words hyphenated at a line end where the word demands it: {@code coun-}/{@code tries}
 * becomes {@code countries}, while {@code Hashemi-}/{@code Rafsanjani}, {@code trade-}/{@code
 * economic} and {@code 1978-}/{@code 1979} keep their hyphen and lose only the line break.
 *
 * <p>Rules, in order: a capital or a digit after the break keeps the hyphen (names, numbers);
 * a joined form that is a known word joins; two known words, or a known compound prefix before
 * the break ({@code self-}, {@code non-}, {@code anti-}...), keep the hyphen; anything else
 * joins, since a fragment such as {@code coun} or {@code ment} is no word of its own.
 */
public final class DehyphenationFilter implements CharFilter {
    private static final Set<String> COMPOUND_PREFIXES = Set.of("self", "non", "anti", "pro", "post", "pre",
            "ex", "co", "multi", "inter", "intra", "neo", "pan", "quasi", "semi", "socio", "ultra", "vice",
            "well", "cross", "counter", "trans", "mid", "all", "half");

    private final Lexicon lexicon;

    public DehyphenationFilter(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    @Override
    public MappedText filter(MappedText in) {
        String s = in.text();
        MappedTextBuilder b = null;
        int from = 0;
        for (int h = s.indexOf("-\n", from); h >= 0; h = s.indexOf("-\n", from)) {
            from = h + 1;
            // allow trailing spaces before the break? they come before the hyphen's line end only
            int wordStart = h;
            while (wordStart > 0 && Character.isLetterOrDigit(s.charAt(wordStart - 1))) {
                wordStart--;
            }
            if (wordStart == h) {
                continue; // a dash, not a hyphen
            }
            int next = h + 1;
            int newlines = 0;
            while (next < s.length() && Character.isWhitespace(s.charAt(next))) {
                if (s.charAt(next) == '\n') {
                    newlines++;
                }
                next++;
            }
            if (next >= s.length() || newlines > 3) {
                continue;
            }
            int contEnd = next;
            while (contEnd < s.length() && Character.isLetterOrDigit(s.charAt(contEnd))) {
                contEnd++;
            }
            if (contEnd == next) {
                continue;
            }
            boolean join = shouldJoin(s.substring(wordStart, h), s.substring(next, contEnd));
            if (b == null) {
                b = new MappedTextBuilder(in);
            }
            b.copyTo(join ? h : h + 1);
            b.delete(next - b.position());
            from = next;
        }
        return b == null ? in : b.finish();
    }

    boolean shouldJoin(String left, String right) {
        char first = right.charAt(0);
        if (Character.isUpperCase(first) || Character.isDigit(first) || Character.isDigit(left.charAt(left.length() - 1))) {
            return false;
        }
        String l = left.toLowerCase(Locale.ROOT);
        if (lexicon.isKnown(left + right) || lexicon.isWord(l + right)) {
            return true;
        }
        if (lexicon.isWord(l) && lexicon.isWord(right) && l.length() > 1) {
            return false;
        }
        return !COMPOUND_PREFIXES.contains(l);
    }
}
