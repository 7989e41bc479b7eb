package org.dyad.text.dict;

import java.nio.file.Path;
import java.util.List;

/**
 * Phrases that make a sentence (or, with a leading {@code +}, the whole story) unfit for coding:
 * sports and weather stories that share vocabulary with politics. PETRARCH's discard format.
 */
public final class DiscardDictionary {
    /** What a discard phrase throws away. */
    public enum Scope { SENTENCE, STORY }

    private final PhraseTrie<Scope> trie = new PhraseTrie<>();

    public PhraseTrie<Scope> trie() {
        return trie;
    }

    public DiscardDictionary readPetrarch(Path file) {
        return readPetrarch(DictionaryLines.read(file));
    }

    public DiscardDictionary readPetrarch(List<DictionaryLines.Line> lines) {
        for (DictionaryLines.Line l : lines) {
            String t = l.text();
            Scope scope = t.startsWith("+") ? Scope.STORY : Scope.SENTENCE;
            String phrase = t.startsWith("+") ? t.substring(1) : t;
            int semi = phrase.indexOf(';');
            if (semi >= 0) {
                phrase = phrase.substring(0, semi);
            }
            String[] tokens = ActorDictionary.tokens(phrase);
            if (tokens.length > 0) {
                trie.put(tokens, scope);
            }
        }
        return this;
    }

    public boolean isEmpty() {
        return trie.size() == 0;
    }
}
