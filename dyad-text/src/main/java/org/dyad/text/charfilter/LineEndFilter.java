package org.dyad.text.charfilter;

/**
 * Normalises line ends and invisible characters: CRLF and CR become LF, form feeds become a
 * blank line, soft hyphens and zero-width characters are dropped, no-break and other odd spaces
 * become a plain space, typographic ligatures are spelt out. Offsets keep pointing at the original.
 */
public final class LineEndFilter implements CharFilter {
    public static final LineEndFilter INSTANCE = new LineEndFilter();

    @Override
    public MappedText filter(MappedText in) {
        String s = in.text();
        MappedTextBuilder b = null;
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x80 && c != '\r' && c != '\f') {
                continue;
            }
            String repl = replacement(s, i);
            if (repl == null) {
                continue;
            }
            if (b == null) {
                b = new MappedTextBuilder(in);
            }
            b.copyTo(i);
            if (c == '\r' && i + 1 < n && s.charAt(i + 1) == '\n') {
                b.delete(1);
            } else {
                b.replace(1, repl);
            }
        }
        return b == null ? in : b.finish();
    }

    private static String replacement(String s, int i) {
        char c = s.charAt(i);
        switch (c) {
            case '\r': return "\n";
            case '\f': return "\n\n";
            case '\u00AD': case '\u200B': case '\u200C': case '\u200D': case '\u2060': case '\uFEFF': return "";
            case '\u00A0': case '\u2007': case '\u202F': case '\u2009': case '\u200A': case '\u2002':
            case '\u2003': return " ";
            case '\u2028': case '\u2029': return "\n";
            case '\uFB00': return "ff";
            case '\uFB01': return "fi";
            case '\uFB02': return "fl";
            case '\uFB03': return "ffi";
            case '\uFB04': return "ffl";
            default: return null;
        }
    }
}
