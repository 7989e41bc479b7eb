package org.dyad.text.charfilter;

import org.dyad.text.lexicon.Lexicon;

/**
 * Fixes OCR confusions where the lexicon proves the fix: a word that is unknown as written but
 * becomes a known word or name after undoing one typical confusion. Confusions tried: a stray
 * bracket or bar inside a word ({@code I[ran}), lower-case l for capital I at a word's start
 * ({@code lran}, {@code lranian}) or inside a capitalised acronym ({@code IRl}), Q for O
 * ({@code Qil}), digit 0 for O and digit 1 for l inside words of letters. Known words are never
 * touched, and a word with several candidate fixes is left alone.
 */
public final class OcrFilter implements CharFilter {
    private final Lexicon lexicon;

    public OcrFilter(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    @Override
    public MappedText filter(MappedText in) {
        String s = in.text();
        MappedTextBuilder b = null;
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (!isWordChar(c)) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && isWordChar(s.charAt(i))) {
                i++;
            }
            int end = i;
            // brackets at the edges are punctuation, not part of the word
            while (start < end && !Character.isLetterOrDigit(s.charAt(start))) {
                start++;
            }
            while (end > start && !Character.isLetterOrDigit(s.charAt(end - 1))) {
                end--;
            }
            if (end - start < 2 || !suspicious(s, start, end)) {
                continue;
            }
            String word = s.substring(start, end);
            if (lexicon.isKnown(word) || (endsWithS(word) && lexicon.isKnown(word.substring(0, word.length() - 1)))) {
                continue;
            }
            String fix = correction(word);
            if (fix == null) {
                continue;
            }
            if (b == null) {
                b = new MappedTextBuilder(in);
            }
            b.copyTo(start);
            writeFix(b, word, fix);
        }
        return b == null ? in : b.finish();
    }

    private static boolean endsWithS(String w) {
        return w.length() > 3 && w.charAt(w.length() - 1) == 's';
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '[' || c == ']' || c == '|';
    }

    private static boolean suspicious(String s, int start, int end) {
        boolean letters = false;
        for (int k = start; k < end; k++) {
            char c = s.charAt(k);
            if (c == '[' || c == ']' || c == '|' || c == 'Q' || c == '0' || c == '1') {
                if (c != '0' && c != '1') {
                    return true;
                }
            } else if (Character.isLetter(c)) {
                letters = true;
            }
        }
        char first = s.charAt(start);
        if (first == 'l' && end - start > 2) {
            return true;
        }
        if (letters) {
            for (int k = start; k < end; k++) {
                char c = s.charAt(k);
                if (c == '0' || c == '1' || (c == 'l' && k > start && Character.isUpperCase(s.charAt(start))
                        && Character.isUpperCase(s.charAt(k - 1)))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The single proven fix, or null. */
    String correction(String w) {
        String found = null;
        for (String cand : candidates(w)) {
            if (cand.equals(w) || !proven(cand)) {
                continue;
            }
            if (found != null && !found.equals(cand)) {
                return null;
            }
            found = cand;
        }
        return found;
    }

    private boolean proven(String cand) {
        if (lexicon.isProperName(cand)) {
            return true;
        }
        // a fixed common word must be written as such: lower case, or capitalised
        boolean shapeOk = cand.equals(cand.toLowerCase(java.util.Locale.ROOT))
                || Character.isUpperCase(cand.charAt(0)) && cand.substring(1).equals(cand.substring(1).toLowerCase(java.util.Locale.ROOT));
        return shapeOk && lexicon.isWord(cand);
    }

    private static java.util.List<String> candidates(String w) {
        java.util.List<String> c = new java.util.ArrayList<>(4);
        if (w.indexOf('[') >= 0 || w.indexOf(']') >= 0 || w.indexOf('|') >= 0) {
            c.add(w.replace("[", "").replace("]", "").replace("|", ""));
        }
        if (w.charAt(0) == 'l') {
            c.add('I' + w.substring(1));
        }
        if (Character.isUpperCase(w.charAt(0)) && w.indexOf('l') > 0) {
            StringBuilder b = new StringBuilder(w);
            for (int k = 1; k < b.length(); k++) {
                if (b.charAt(k) == 'l' && Character.isUpperCase(b.charAt(k - 1))) {
                    b.setCharAt(k, 'I');
                }
            }
            c.add(b.toString());
        }
        if (w.indexOf('Q') >= 0) {
            c.add(w.replace('Q', 'O'));
        }
        if (w.indexOf('0') >= 0 || w.indexOf('1') >= 0) {
            boolean letters = false;
            for (int k = 0; k < w.length(); k++) {
                letters |= Character.isLetter(w.charAt(k));
            }
            if (letters) {
                c.add(w.replace('0', 'O').replace('1', 'l'));
                c.add(w.replace('0', 'o').replace('1', 'l'));
                c.add(w.replace('1', 'I'));
            }
        }
        return c;
    }

    /** Writes the fix over the word, deleting removed characters so offsets stay exact. */
    private static void writeFix(MappedTextBuilder b, String word, String fix) {
        if (fix.length() == word.length()) {
            b.replace(word.length(), fix);
            return;
        }
        // only deletions change the length: walk both, deleting what the fix dropped
        int j = 0;
        for (int k = 0; k < word.length(); k++) {
            if (j < fix.length() && word.charAt(k) == fix.charAt(j)) {
                b.replace(1, String.valueOf(fix.charAt(j)));
                j++;
            } else {
                b.delete(1);
            }
        }
    }
}
