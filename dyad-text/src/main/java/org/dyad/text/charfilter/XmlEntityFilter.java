package org.dyad.text.charfilter;

/**
 * Decodes XML character references and the five predefined entities ({@code &amp;amp;},
 * {@code &amp;#233;}...) in the text of a record, keeping offsets into the XML file. Unknown
 * entities are left as written (record files are read leniently).
 */
public final class XmlEntityFilter implements CharFilter {
    public static final XmlEntityFilter INSTANCE = new XmlEntityFilter();

    @Override
    public MappedText filter(MappedText in) {
        String s = in.text();
        if (s.indexOf('&') < 0) {
            return in;
        }
        MappedTextBuilder b = new MappedTextBuilder(in);
        for (int amp = s.indexOf('&'); amp >= 0; amp = s.indexOf('&', amp + 1)) {
            int semi = s.indexOf(';', amp);
            if (semi < 0 || semi - amp > 10) {
                continue;
            }
            String decoded = decode(s.substring(amp + 1, semi));
            if (decoded == null) {
                continue;
            }
            b.copyTo(amp);
            b.replace(semi + 1 - amp, decoded);
            amp = semi;
        }
        return b.finish();
    }

    static String decode(String name) {
        switch (name) {
            case "amp": return "&";
            case "lt": return "<";
            case "gt": return ">";
            case "quot": return "\"";
            case "apos": return "'";
            default: break;
        }
        try {
            if (name.startsWith("#x") || name.startsWith("#X")) {
                return new String(Character.toChars(Integer.parseInt(name.substring(2), 16)));
            }
            if (name.startsWith("#")) {
                return new String(Character.toChars(Integer.parseInt(name.substring(1))));
            }
        } catch (IllegalArgumentException e) {
            return null;
        }
        return null;
    }
}
