package org.dyad.text.code;

import java.util.List;
import java.util.Locale;
import org.dyad.text.dict.ActorEntry;
import org.dyad.text.token.Sentence;
import org.dyad.text.token.TokenKind;

/**
 * PETRARCH's {@code new_actor_length}: a subject or object noun phrase that no dictionary knows,
 * of at most that many words, becomes an actor coded by its own words in quotes
 * ({@code "THE MINISTRY OF MAGIC"}), so that new actors show up in the output for a dictionary
 * maintainer to add.
 */
final class NewActors {
    private NewActors() {
    }

    /** The noun phrase before the verb, back to the clause start or a comma. */
    static ActorPhrase before(Sentence s, VerbOccurrence v, int low, ActorPhrase[] at, boolean[] skip, int max) {
        int end = v.from();
        while (end > low && (Words.AUXILIARIES.contains(s.upper(end - 1)) || s.upper(end - 1).endsWith("LY")
                || Words.NEGATIONS.contains(s.upper(end - 1)))) {
            end--;
        }
        int start = end;
        while (start > low && !s.upper(start - 1).equals(",") && !skip[start - 1] && at[start - 1] == null
                && !Words.PREPOSITIONS.contains(s.upper(start - 1)) || start > low && s.upper(start - 1).equals("OF")) {
            start--;
        }
        return phrase(s, start, end, max);
    }

    /** The noun phrase after the verb (past one preposition), up to the next preposition other than "of". */
    static ActorPhrase after(Sentence s, VerbOccurrence v, int high, ActorPhrase[] at, boolean[] skip, int max) {
        int start = v.to();
        if (start < high && Words.PREPOSITIONS.contains(s.upper(start))) {
            start++;
        }
        int end = start;
        while (end < high && !skip[end] && at[end] == null && s.is(end, TokenKind.WORD)
                && (!Words.PREPOSITIONS.contains(s.upper(end)) || s.upper(end).equals("OF"))) {
            end++;
        }
        return phrase(s, start, end, max);
    }

    private static ActorPhrase phrase(Sentence s, int start, int end, int max) {
        StringBuilder b = new StringBuilder();
        int words = 0;
        for (int k = start; k < end; k++) {
            if (s.is(k, TokenKind.POSSESSIVE) || !s.is(k, TokenKind.WORD)) {
                continue;
            }
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(s.upper(k));
            words++;
        }
        if (words == 0 || words > max) {
            return null;
        }
        String code = "\"" + b.toString().toUpperCase(Locale.ROOT) + "\"";
        ActorEntry e = new ActorEntry(b.toString(), ActorEntry.Kind.ACTOR,
                List.of(new ActorEntry.CodeSpan(List.of(code), null, null, null, null)), "new actor");
        ActorPhrase.Unit u = new ActorPhrase.Unit();
        u.actor = e;
        u.from = start;
        u.to = end;
        return new ActorPhrase(start, end, List.of(u), false, false, false);
    }
}
