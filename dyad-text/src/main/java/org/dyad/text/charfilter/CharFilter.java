package org.dyad.text.charfilter;

/**
 * One cleaning step: reads a text and writes a cleaned one whose offsets map back through an
 * {@link OffsetMap}. Implementations are stateless and thread-safe; they write through
 * {@link MappedTextBuilder}, which keeps the map as characters are copied, deleted or replaced.
 */
public interface CharFilter {
    MappedText filter(MappedText in);
}
