package org.dyad.model;

/**
 * Where an event is stated: a document and the characters of its original file that support it
 * (0-based, end exclusive, offsets into the file as read from disk before any cleaning), the
 * supporting words, or, for curated events, a citation by section and paragraph.
 */
public record Provenance(String doc, Integer charStart, Integer charEnd, String quote, String citation) {
    public static final Provenance NONE = new Provenance(null, null, null, null, null);

    public Provenance {
        if ((charStart == null) != (charEnd == null)) {
            throw new InvalidValueException("provenance needs both char_start and char_end, got "
                    + charStart + " and " + charEnd);
        }
        if (charStart != null && (charStart < 0 || charEnd < charStart)) {
            throw new InvalidValueException("provenance offsets must satisfy 0 <= char_start <= char_end, got "
                    + charStart + ".." + charEnd);
        }
    }

    public static Provenance span(String doc, int start, int end, String quote) {
        return new Provenance(doc, start, end, quote, null);
    }

    public static Provenance cited(String doc, String citation) {
        return new Provenance(doc, null, null, null, citation);
    }

    public boolean hasSpan() {
        return charStart != null;
    }
}
