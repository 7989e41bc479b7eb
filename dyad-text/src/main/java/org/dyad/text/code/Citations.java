package org.dyad.text.code;

import org.dyad.text.token.Sentence;
import org.dyad.text.token.TokenKind;

/**
 * Finds bibliographic citations, whose names and years are neither actors nor dates:
 * "(Talibly, 2017)", "(Safarli &amp; Alibeyli, 1994)", "(Cohen &amp; Lev, 2023; Traub et al., 2024)",
 * "(Tahai, 1999, p. 142)", "(Eliyev, s.f, p. 17)" and "Davoodi (2016)".
 */
final class Citations {
    private Citations() {
    }

    static boolean[] find(Sentence s) {
        int n = s.size();
        boolean[] cite = new boolean[n];
        for (int i = 0; i < n; i++) {
            if (!s.upper(i).equals("(")) {
                continue;
            }
            int close = -1;
            for (int k = i + 1; k < n && k < i + 60; k++) {
                if (s.upper(k).equals(")")) {
                    close = k;
                    break;
                }
                if (s.upper(k).equals("(")) {
                    break;
                }
            }
            if (close < 0) {
                continue;
            }
            if (isCitation(s, i + 1, close)) {
                for (int k = i; k <= close; k++) {
                    cite[k] = true;
                }
                i = close;
            } else if (close == i + 2 && isYear(s.upper(i + 1)) && i > 0 && s.capitalized(i - 1)) {
                // "Davoodi (2016)": the name before the year is the author
                for (int k = i - 1; k <= close; k++) {
                    cite[k] = true;
                }
                i = close;
            }
        }
        return cite;
    }

    /** A capitalised name first and a year (or "s.f", "n.d.") before the end or a page number. */
    private static boolean isCitation(Sentence s, int from, int to) {
        if (from >= to || !s.capitalized(from) || org.dyad.text.date.DateTagger.isMonthWord(s.upper(from))) {
            return false; // "(October 1996)", "(May 13, 1993)": a date in brackets, not an author
        }
        boolean year = false;
        for (int k = from; k < to; k++) {
            String u = s.upper(k);
            if (isYear(u) || u.equals("S.F") || u.equals("S.F.") || u.equals("N.D.") || u.equals("N.D")) {
                year = true;
            }
        }
        if (!year) {
            return false;
        }
        // no verb-like lower-case run: a citation is names, commas, "&", "et al.", years, pages
        int lower = 0;
        for (int k = from; k < to; k++) {
            if (s.is(k, TokenKind.WORD) && Character.isLowerCase(s.surface(k).charAt(0))) {
                String u = s.upper(k);
                if (!u.equals("ET") && !u.equals("AL.") && !u.equals("AL") && !u.equals("P.") && !u.equals("PP.")
                        && !u.equals("S.F") && !u.equals("AND") && !u.equals("N.D.") && !u.equals("S.F.")) {
                    lower++;
                }
            }
        }
        return lower <= 1;
    }

    private static boolean isYear(String u) {
        if (u.length() < 4 || u.length() > 5) {
            return false;
        }
        for (int k = 0; k < 4; k++) {
            if (!Character.isDigit(u.charAt(k))) {
                return false;
            }
        }
        return u.length() == 4 || Character.isLetter(u.charAt(4));
    }
}
