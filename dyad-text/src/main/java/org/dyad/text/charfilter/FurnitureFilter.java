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
            if (isPageNumber(s, lineStart, lineEnd) && isolated(s, lineStart, lineEnd)) {
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
