package org.dyad.text.code;

import java.util.List;
import org.dyad.text.dict.VerbDictionary;

/**
 * A verb (or event noun) found in a sentence: tokens {@code [from, to)} of the whole multi-word
 * form, the inflected word at {@code word}, the dictionary form, and whether it stands as a noun.
 * {@code alternatives} are the other entries with the same form and span (a word listed in
 * several verb blocks); they are tried in order when the first one yields no event.
 */
record VerbOccurrence(int from, int to, int word, VerbDictionary.Form form, boolean nominal,
                      List<VerbDictionary.Form> alternatives) {
    VerbOccurrence with(VerbDictionary.Form f) {
        return new VerbOccurrence(from, to, word, f, nominal, alternatives);
    }
}
