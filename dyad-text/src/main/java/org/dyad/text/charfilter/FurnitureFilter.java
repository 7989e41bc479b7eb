package org.dyad.text.charfilter;

/**
 * Drops page furniture that would otherwise break sentences: lines holding only a page number
 * ("12", "- 12 -", "Page 12", "Page 12 of 30", "12 | Journal of ..." is kept as it has words).
 * Running headers repeated on every page are the PDF reader's business, where pages are known.
 */
public final class FurnitureFilter implements CharFilter {
    public static final FurnitureFilter INSTANCE = new FurnitureFilter();

    @Override
    public MappedText filter(MappedText in) {
        String s = in.text();
        MappedTextBuilder b = null;
        int lineStart = 0;
        int n = s.length();
        while (lineStart < n) {
            int lineEnd = s.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = n;
            }
            if (isPageNumber(s, lineStart, lineEnd) && isolated(s, lineStart, lineEnd)
                    && !yearHeading(s, lineStart, lineEnd)) {
                if (b == null) {
                    b = new MappedTextBuilder(in);
                }
                b.copyTo(lineStart);
                b.delete(lineEnd - lineStart);
            }
            lineStart = lineEnd + 1;
        }
        return b == null ? in : b.finish();
    }

    /**
     * Between blank lines (or a text edge and a blank line): a lone number inside a paragraph may
     * be a table cell or the end of a hyphenated range.
     */
    private static boolean isolated(String s, int start, int end) {
        boolean blankBefore = start == 0 || start >= 2 && s.charAt(start - 2) == '\n';
        boolean blankAfter = end >= s.length() - 1 || s.charAt(end + 1) == '\n';
        return blankBefore && blankAfter && !(start == 0 && end >= s.length() - 1);
    }

    private static final java.util.regex.Pattern ENTRY_START = java.util.regex.Pattern.compile(
            "(?i)(?:\\d{1,2}(?:st|nd|rd|th)?\\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?(?:\\s|\\d|[-–—:]).*");

    /**
     * A year standing alone ("1965") above a chronology entry that opens with a month ("Aug. 5 –",
     * "12 March –"): the heading that gives its year to the entries, not a page number.
     */
    static boolean yearHeading(String s, int start, int end) {
        String t = s.substring(start, end).trim();
        if (t.length() != 4 || !t.chars().allMatch(Character::isDigit)) {
            return false;
        }
        int y = Integer.parseInt(t);
        if (y < 1500 || y > 2100) {
            return false;
        }
        int k = end;
        while (k < s.length() && Character.isWhitespace(s.charAt(k))) {
            k++;
        }
        int lineEnd = s.indexOf('\n', k);
        String next = s.substring(k, lineEnd < 0 ? s.length() : lineEnd);
        return ENTRY_START.matcher(next).matches();
    }

    static boolean isPageNumber(String s, int start, int end) {
        int i = skipSpaces(s, start, end);
        int e = end;
        while (e > i && Character.isWhitespace(s.charAt(e - 1))) {
            e--;
        }
        if (i >= e || e - i > 24) {
            return false;
        }
        String t = s.substring(i, e);
        return t.matches("(?i)(?:page\\s+)?[-–—]?\\s*\\d{1,4}\\s*[-–—]?(?:\\s+of\\s+\\d{1,4})?");
    }

    private static int skipSpaces(String s, int i, int end) {
        while (i < end && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }
}
