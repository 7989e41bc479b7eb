package org.dyad.text.dict;

import java.util.ArrayList;
import java.util.List;
import org.dyad.text.lexicon.Lexicon;

/**
 * The dictionaries one extraction uses: verbs (with event nouns), actors (countries,
 * organisations, persons), agents, and discards; and the lexicon built from their names.
 * Built with {@link BuiltInDictionaries}, where each kind can be replaced by a user's PETRARCH file.
 */
public record Dictionaries(VerbDictionary verbs, ActorDictionary actors, AgentDictionary agents,
                           DiscardDictionary discards, List<String> sources) {

    /** English words plus every actor name, demonym and capital: what proves an OCR fix. */
    public Lexicon lexicon() {
        List<String> names = new ArrayList<>(actors.names());
        return Lexicon.of(names);
    }
}
