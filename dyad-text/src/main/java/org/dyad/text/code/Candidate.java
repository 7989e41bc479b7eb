package org.dyad.text.code;

import org.dyad.model.Modality;
import org.dyad.text.dict.VerbPattern;

/**
 * An event found in one sentence, before its date and actors are resolved in context: the verb
 * or noun that gave it, the pattern that fired (or none: the verb's default code), the code, and
 * who acts on whom as phrases of the sentence.
 */
final class Candidate {
    /** Which actor of a phrase a side means: a unit index, or one of these. */
    static final int PAIR_FIRST = -2;
    static final int PAIR_SECOND = -3;
    static final int PRONOUN = -4;
    static final int WHOLE = -5;

    final VerbOccurrence verb;
    final VerbPattern pattern;
    final String code;
    final Side source;
    final Side target;
    Modality modality = Modality.ASSERTED;
    /** Nominal event without actors of its own ("As a result of the negotiations"): takes them from the event it refers to. */
    boolean antecedent;
    /** A change in relations: a missing side is the other state of the pair in focus. */
    boolean relation;
    /** The second event of a paired code ([032:033]: the host's "receive visit"). */
    boolean reversed;
    /** A wish to meet coded as an intent (036): dated by the saying, not by the meeting wished for. */
    boolean intent;
    /** How each side was found, for explanations: "pattern $", "subject", "by-phrase", "possessor"... */
    String sourceHow = "subject";
    String targetHow = "first actor after the verb";
    /** A noun phrase (if not an actor) follows the verb / precedes it: a null-coded side for PETRARCH. */
    boolean targetPhraseAfter = true;
    boolean sourcePhraseBefore = true;

    /** One side of the event: a phrase and which of its actors. */
    record Side(ActorPhrase phrase, int unit) {
        static final Side NONE = new Side(null, -1);

        boolean isNone() {
            return phrase == null;
        }
    }

    Candidate(VerbOccurrence verb, VerbPattern pattern, String code, Side source, Side target) {
        this.verb = verb;
        this.pattern = pattern;
        this.code = code;
        this.source = source;
        this.target = target;
    }

    Candidate with(Side newSource, Side newTarget, String newCode) {
        Candidate c = new Candidate(verb, pattern, newCode, newSource, newTarget);
        c.modality = modality;
        c.antecedent = antecedent;
        c.relation = relation;
        c.reversed = reversed;
        c.sourceHow = sourceHow;
        c.targetHow = targetHow;
        c.targetPhraseAfter = targetPhraseAfter;
        c.sourcePhraseBefore = sourcePhraseBefore;
        return c;
    }
}
