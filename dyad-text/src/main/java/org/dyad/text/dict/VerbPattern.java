package org.dyad.text.dict;

import java.util.List;

/**
 * A pattern of a verb block, as written in a PETRARCH verb dictionary: {@code - lower * upper
 * [code]}. Elements before the verb ({@code *}) are matched leftwards from it, those after
 * rightwards. An element joined to its neighbour towards the verb by {@code _} must be adjacent
 * to it ("closed"); one separated by a space may have words between ("open").
 *
 * @param lower elements before the verb, nearest the verb last (as written)
 * @param upper elements after the verb, nearest the verb first
 * @param code the event code as written ({@code 064}, {@code 032:033}, {@code ---})
 */
public record VerbPattern(List<Element> lower, List<Element> upper, String code, String text, String file, int line) {

    /** What an element matches. */
    public enum Kind {
        /** A word or one of a synset's phrases. */
        WORD, SYNSET,
        /** {@code $}: an actor that becomes the source. */
        SOURCE,
        /** {@code +}: an actor that becomes the target. */
        TARGET,
        /** {@code ^}: an actor passed over. */
        SKIP,
        /** {@code %}: a compound actor (two or more joined), which acts with itself. */
        COMPOUND
    }

    /**
     * One element; {@code closed} when it must touch its neighbour on the verb's side (for the
     * element nearest the verb: the verb itself).
     */
    public record Element(Kind kind, String word, boolean closed) {
        public boolean isActor() {
            return kind == Kind.SOURCE || kind == Kind.TARGET || kind == Kind.SKIP || kind == Kind.COMPOUND;
        }

        @Override
        public String toString() {
            switch (kind) {
                case SOURCE: return "$";
                case TARGET: return "+";
                case SKIP: return "^";
                case COMPOUND: return "%";
                default: return word;
            }
        }
    }

    /** Elements that are not actors: a pattern's specificity, for ordering. */
    public int weight() {
        return lower.size() + upper.size();
    }

    public String where() {
        return file + ":" + line;
    }
}
