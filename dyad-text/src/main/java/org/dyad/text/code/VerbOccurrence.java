package org.dyad.text.code;

import org.dyad.text.dict.VerbDictionary;

/**
 * A verb (or event noun) found in a sentence: tokens {@code [from, to)} of the whole multi-word
 * form, the inflected word at {@code word}, the dictionary form, and whether it stands as a noun.
 */
record VerbOccurrence(int from, int to, int word, VerbDictionary.Form form, boolean nominal) {
}
