package org.dyad.text.token;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import org.dyad.text.charfilter.MappedText;

/**
 * Splits a cleaned block into sentences of tokens in one pass over its characters, by rule: no
 * model, no tagger. Words keep internal hyphens, periods of abbreviations and initials
 * ({@code U.S.}, {@code A.A.}, {@code M.}) and apostrophes of names; possessives and clitics are
 * split as the Penn Treebank does ({@code Gondor 's}, {@code did n't}, {@code wo n't}). Sentences
 * end at {@code . ! ?} before a capital, digit or quote, at blank lines (unless a lower-case word
 * continues the sentence across a page break) and never after an initial or a title such as
 * {@code Mr.}.
 *
 * <p>One instance per document (it counts paragraphs); not thread-safe.
 */
public final class Tokenizer {
    /** Abbreviations that keep their period and do not end a sentence. */
    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt",
            "sgt", "capt", "cmdr", "adm", "gov", "sen", "rep", "pres", "amb", "st", "jr", "sr", "no", "nos", "vol",
            "pp", "p", "ed", "eds", "fig", "al", "etc", "vs", "cf", "ca", "approx", "dept", "univ", "inc", "ltd",
            "co", "corp", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
            "mt", "ft", "op", "cit", "ibid", "e.g", "i.e", "s.f");
    /** Titles after which a capitalised word never starts a new sentence. */
    private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "sgt",
            "capt", "cmdr", "adm", "gov", "sen", "rep", "pres", "amb", "st", "no", "nos", "vol", "pp", "p", "fig",
            "mt", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "e.g",
            "i.e", "cf", "vs", "al");
    /** Capitalised words that start sentences, used to end one after an abbreviation such as U.S. */
    private static final Set<String> STARTERS = Set.of("The", "A", "An", "In", "On", "At", "This", "These", "That",
            "Those", "It", "He", "She", "They", "We", "However", "But", "And", "As", "After", "During", "Since",
            "When", "Its", "Their", "His", "Her", "There", "Meanwhile", "Also", "Moreover", "Furthermore", "Thus");
    private static final int MAX_TOKENS = 400;

    private int paragraph;
    private boolean atParagraphStart = true;

    // token buffer of the sentence being built
    private String[] surface = new String[64];
    private String[] upper = new String[64];
    private int[] starts = new int[64];
    private int[] ends = new int[64];
    private byte[] kinds = new byte[64];
    private int size;

    /** Splits a block into sentences, in order. */
    public void split(MappedText block, Consumer<Sentence> out) {
        String s = block.text();
        int n = s.length();
        int i = 0;
        boolean pendingBoundary = false;
        int newlines = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '_') {
                if (c == '\n') {
                    newlines++;
                }
                i++;
                continue;
            }
            // a token starts at i
            boolean paragraphBreak = newlines >= 2 || newlines == 1 && lineStartsEntry(s, i, n);
            newlines = 0;
            int end = tokenEnd(s, i, n);
            String tok = s.substring(i, end);
            byte kind = kindOf(s, i, end);
            if (size > 0 && (pendingBoundary || paragraphBreak)) {
                if (boundaryBefore(tok, kind, paragraphBreak, pendingBoundary)) {
                    emit(block, out);
                    if (paragraphBreak) {
                        paragraph++;
                        atParagraphStart = true;
                    }
                } else if (paragraphBreak && pendingBoundary) {
                    emit(block, out);
                }
            } else if (size == 0 && paragraphBreak && !atParagraphStart) {
                paragraph++;
                atParagraphStart = true;
            }
            pendingBoundary = false;
            add(tok, kind, i, end);
            if (kind == PUNCT_B && isFinal(tok)) {
                pendingBoundary = true;
            } else if (kind == WORD_B && tok.endsWith(".") && !initialOrTitle(tok)) {
                pendingBoundary = true; // abbreviation: a sentence may end here
            } else if (pendingAfterQuote(tok)) {
                pendingBoundary = true;
            }
            if (size >= MAX_TOKENS) {
                emit(block, out);
            }
            i = end;
        }
        if (size > 0) {
            emit(block, out);
        }
        if (newlines >= 2) {
            paragraph++;
            atParagraphStart = true;
        }
    }

    /**
     * A line of a chronology is a paragraph of its own even without a blank line before it: the
     * line after a lone year heading ("1994"), and a line opening with a date and a dash
     * ("8 May \u2013 ...", "Oct. 3 \u2013 ...", "November \u2013 ...").
     */
    private static boolean lineStartsEntry(String s, int i, int n) {
        int prevEnd = i - 1;
        while (prevEnd >= 0 && s.charAt(prevEnd) != '\n') {
            prevEnd--;
        }
        int prevStart = prevEnd - 1;
        while (prevStart >= 0 && s.charAt(prevStart) != '\n') {
            prevStart--;
        }
        if (prevEnd - prevStart <= 12 && YEAR_HEADING.matcher(s.substring(prevStart + 1, prevEnd).strip()).matches()) {
            return true;
        }
        char c = s.charAt(i);
        if (!Character.isDigit(c) && "JFMASOND".indexOf(c) < 0) {
            return false;
        }
        return ENTRY_START.matcher(s).region(i, Math.min(n, i + 40)).lookingAt();
    }

    private static final java.util.regex.Pattern YEAR_HEADING = java.util.regex.Pattern.compile("\\d{4}:?");
    private static final String MONTH = "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?"
            + "|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
    private static final java.util.regex.Pattern ENTRY_START = java.util.regex.Pattern.compile(
            "(?:\\d{1,2}(?:st|nd|rd|th)?\\s+" + MONTH + "|" + MONTH + "(?:\\s+\\d{1,2}(?:st|nd|rd|th)?)?)"
            + "(?:,?\\s+\\d{4})?\\s*(?:\u2013|\u2014|--?|:)\\s+[A-Z\"\u201C]");

    private boolean pendingAfterQuote(String tok) {
        // ." or .) : the period before closes the sentence
        if (size >= 2 && (tok.equals("\"") || tok.equals("\u201D") || tok.equals(")") || tok.equals("'")
                || tok.equals("\u2019"))) {
            String prev = surface[size - 2];
            return isFinal(prev);
        }
        return false;
    }

    private boolean boundaryBefore(String tok, byte kind, boolean paragraphBreak, boolean pending) {
        char first = tok.charAt(0);
        boolean capital = Character.isUpperCase(first) || Character.isDigit(first) || first == '"' || first == '\u201C'
                || first == '(' || first == '[' || first == '\u2018' || first == '\'';
        String last = surface[size - 1];
        if (pending && kinds[size - 1] == WORD_B) {
            // after an abbreviation only a typical sentence starter begins a new sentence
            return capital && STARTERS.contains(tok) || paragraphBreak && capital;
        }
        if (pending) {
            return capital || paragraphBreak;
        }
        // a blank line: a new paragraph unless a lower-case word continues a broken sentence
        boolean continues = !capital && !isFinal(last) && kind != PUNCT_B;
        return !continues;
    }

    private static boolean isFinal(String t) {
        return t.equals(".") || t.equals("!") || t.equals("?") || t.equals("...") || t.equals("\u2026");
    }

    private static boolean initialOrTitle(String tok) {
        int len = tok.length();
        if (len == 2 && Character.isLetter(tok.charAt(0))) {
            return true; // an initial: M.
        }
        return TITLES.contains(tok.substring(0, len - 1).toLowerCase(Locale.ROOT));
    }

    private static final byte WORD_B = (byte) TokenKind.WORD.ordinal();
    private static final byte NUMBER_B = (byte) TokenKind.NUMBER.ordinal();
    private static final byte POSS_B = (byte) TokenKind.POSSESSIVE.ordinal();
    private static final byte CLITIC_B = (byte) TokenKind.CLITIC.ordinal();
    private static final byte PUNCT_B = (byte) TokenKind.PUNCT.ordinal();

    private static boolean apostrophe(char c) {
        return c == '\'' || c == '\u2019';
    }

    private static boolean letterOrDigit(String s, int i, int n) {
        return i < n && Character.isLetterOrDigit(s.charAt(i));
    }

    /** End (exclusive) of the token starting at {@code i}. */
    static int tokenEnd(String s, int i, int n) {
        char c = s.charAt(i);
        if (apostrophe(c)) {
            // 's  n't 're 've 'll 'd 'm as clitic/possessive tokens; a lone ' otherwise
            if (i + 1 < n && (s.charAt(i + 1) == 's' || s.charAt(i + 1) == 'S') && !letterOrDigit(s, i + 2, n)) {
                return i + 2;
            }
            int k = i + 1;
            while (k < n && Character.isLetter(s.charAt(k)) && k - i <= 3) {
                k++;
            }
            String rest = s.substring(i + 1, k).toLowerCase(Locale.ROOT);
            if ((rest.equals("re") || rest.equals("ve") || rest.equals("ll") || rest.equals("d") || rest.equals("m"))
                    && !letterOrDigit(s, k, n)) {
                return k;
            }
            if (i + 1 < n && apostrophe(s.charAt(i + 1)) && i + 2 < n && s.charAt(i + 2) == 's'
                    && !letterOrDigit(s, i + 3, n)) {
                return i + 3; // ’'s (doubled apostrophe in OCR)
            }
            return i + 1;
        }
        if (!Character.isLetterOrDigit(c)) {
            if (c == '-' && i + 1 < n && s.charAt(i + 1) == '-') {
                int k = i;
                while (k < n && s.charAt(k) == '-') {
                    k++;
                }
                return k;
            }
            if (c == '.' && i + 2 < n && s.charAt(i + 1) == '.' && s.charAt(i + 2) == '.') {
                return i + 3;
            }
            return i + Character.charCount(s.codePointAt(i));
        }
        int j = i;
        boolean digitsOnly = true;
        while (j < n) {
            char d = s.charAt(j);
            if (Character.isLetterOrDigit(d)) {
                digitsOnly &= Character.isDigit(d);
                j++;
                continue;
            }
            if (Character.isLowSurrogate(d) || Character.getType(d) == Character.NON_SPACING_MARK) {
                j++;
                continue;
            }
            char next = j + 1 < n ? s.charAt(j + 1) : ' ';
            if (d == '-' && Character.isLetterOrDigit(next)) {
                j++;
                continue;
            }
            if ((d == ',' || d == '.') && digitsOnly && Character.isDigit(next) && j > i) {
                j++;
                continue;
            }
            if (d == '.' && Character.isLetter(next) && j + 2 <= n && isLetterDot(s, i, j)) {
                j++; // U.S.  A.A.  U.S.S.R
                continue;
            }
            if (d == '&' && Character.isUpperCase(next) && Character.isUpperCase(s.charAt(j - 1))) {
                j++;
                continue;
            }
            if (apostrophe(d) && Character.isLetter(next)) {
                // n't splits off; 's and other clitics split; O'Brien stays
                if ((next == 't' || next == 'T') && j > i && (s.charAt(j - 1) == 'n' || s.charAt(j - 1) == 'N')
                        && !letterOrDigit(s, j + 2, n)) {
                    return j - 1 == i ? j + 2 : j - 1;
                }
                if ((next == 's' || next == 'S') && !letterOrDigit(s, j + 2, n)) {
                    break;
                }
                int k = j + 1;
                while (k < n && Character.isLetter(s.charAt(k))) {
                    k++;
                }
                String rest = s.substring(j + 1, k).toLowerCase(Locale.ROOT);
                if (rest.equals("re") || rest.equals("ve") || rest.equals("ll") || rest.equals("d") || rest.equals("m")) {
                    break;
                }
                j++;
                continue;
            }
            break;
        }
        // a trailing hyphen before a space: "anti- Gondor"
        if (j < n && s.charAt(j) == '-' && (j + 1 == n || s.charAt(j + 1) == ' ')) {
            return j + 1;
        }
        // a period that belongs to the word: initials, letter-dot abbreviations, known abbreviations
        if (j < n && s.charAt(j) == '.') {
            String w = s.substring(i, j);
            boolean initial = w.length() == 1 && Character.isUpperCase(w.charAt(0));
            boolean dotted = w.indexOf('.') > 0;
            if (initial || dotted || ABBREVIATIONS.contains(w.toLowerCase(Locale.ROOT))) {
                return j + 1;
            }
        }
        return j;
    }

    /** True when {@code s[i, j)} is letters separated by single periods, each part one or two letters. */
    private static boolean isLetterDot(String s, int i, int j) {
        int run = 0;
        for (int k = i; k < j; k++) {
            char c = s.charAt(k);
            if (c == '.') {
                run = 0;
            } else if (Character.isLetter(c)) {
                if (++run > 2) {
                    return false;
                }
            } else {
                return false;
            }
        }
        return true;
    }

    private static byte kindOf(String s, int i, int end) {
        char c = s.charAt(i);
        if (Character.isDigit(c)) {
            return NUMBER_B;
        }
        if (Character.isLetter(c)) {
            return WORD_B;
        }
        if (apostrophe(c)) {
            if (end - i == 1) {
                return i > 0 && (s.charAt(i - 1) == 's' || s.charAt(i - 1) == 'S') && (end == s.length()
                        || !Character.isLetterOrDigit(s.charAt(end))) ? POSS_B : PUNCT_B;
            }
            String r = s.substring(i + 1, end).toLowerCase(Locale.ROOT).replace("\u2019", "").replace("'", "");
            return r.equals("s") ? POSS_B : CLITIC_B;
        }
        return PUNCT_B;
    }

    private void add(String tok, byte kind, int start, int end) {
        if (size == surface.length) {
            int cap = size * 2;
            surface = Arrays.copyOf(surface, cap);
            upper = Arrays.copyOf(upper, cap);
            starts = Arrays.copyOf(starts, cap);
            ends = Arrays.copyOf(ends, cap);
            kinds = Arrays.copyOf(kinds, cap);
        }
        if (kind == WORD_B && tok.length() == 3 && (tok.equalsIgnoreCase("n't") || tok.equalsIgnoreCase("n\u2019t"))) {
            kind = CLITIC_B;
        }
        surface[size] = tok;
        upper[size] = normalise(tok, kind);
        starts[size] = start;
        ends[size] = end;
        kinds[size] = kind;
        size++;
    }

    private static String normalise(String tok, byte kind) {
        if (kind == POSS_B) {
            return tok.length() == 1 ? "'" : "'S";
        }
        String u = tok.toUpperCase(Locale.ROOT);
        if (u.indexOf('\u2019') >= 0 || u.indexOf('\u2018') >= 0) {
            u = u.replace('\u2019', '\'').replace('\u2018', '\'');
        }
        if (u.length() == 1) {
            char c = u.charAt(0);
            if (c == '\u201C' || c == '\u201D' || c == '\u00AB' || c == '\u00BB') {
                return "\"";
            }
            if (c == '\u2013' || c == '\u2014') {
                return "--";
            }
        }
        return u;
    }

    private void emit(MappedText block, Consumer<Sentence> out) {
        out.accept(new Sentence(block, Arrays.copyOf(surface, size), Arrays.copyOf(upper, size),
                Arrays.copyOf(starts, size), Arrays.copyOf(ends, size), Arrays.copyOf(kinds, size), size, paragraph,
                atParagraphStart));
        atParagraphStart = false;
        size = 0;
    }
}
