package org.dyad.text.code;

import java.util.List;
import org.dyad.text.dict.VerbDictionary;
import org.dyad.text.dict.VerbPattern;
import org.dyad.text.token.Sentence;

/**
 * Matches a verb pattern around a verb occurrence without a parse: lower elements leftwards from
 * the verb, upper elements rightwards, actors ({@code $ + ^ %}) against the actor phrases found
 * in the sentence. Closed elements must touch their neighbour; open ones may skip words, within
 * the clause limits given. Backtracks over the positions of open elements.
 */
final class PatternMatcher {
    private final VerbDictionary verbs;

    PatternMatcher(VerbDictionary verbs) {
        this.verbs = verbs;
    }

    /** The outcome of a successful match: the actor phrases bound and the tokens the pattern used. */
    static final class Match {
        ActorPhrase source;
        ActorPhrase target;
        ActorPhrase compound;
        int from;
        int to;

        Match copy() {
            Match m = new Match();
            m.source = source;
            m.target = target;
            m.compound = compound;
            m.from = from;
            m.to = to;
            return m;
        }
    }

    /**
     * Matches {@code p} for the verb {@code v}; words may be sought from {@code lowLimit}
     * (inclusive) to {@code highLimit} (exclusive). {@code phraseAt} maps tokens to phrases.
     */
    Match match(VerbPattern p, VerbOccurrence v, Sentence s, ActorPhrase[] phraseAt, int lowLimit, int highLimit) {
        Match m = new Match();
        m.from = v.from();
        m.to = v.to();
        Match up = matchUpper(p.upper(), 0, v.to(), s, phraseAt, highLimit, m);
        if (up == null) {
            return null;
        }
        return matchLower(p.lower(), p.lower().size() - 1, v.from() - 1, s, phraseAt, lowLimit, up);
    }

    private Match matchUpper(List<VerbPattern.Element> els, int k, int pos, Sentence s, ActorPhrase[] phraseAt,
                             int limit, Match m) {
        if (k == els.size()) {
            return m;
        }
        VerbPattern.Element e = els.get(k);
        int last = e.closed() ? pos : limit - 1;
        for (int at = pos; at <= last && at < limit; at++) {
            int end = matchAt(e, at, s, phraseAt, limit, true);
            if (end >= 0) {
                Match next = bind(m.copy(), e, at, s, phraseAt);
                next.to = Math.max(next.to, end);
                Match r = matchUpper(els, k + 1, end, s, phraseAt, limit, next);
                if (r != null) {
                    return r;
                }
            }
            if (e.closed()) {
                break;
            }
        }
        return null;
    }

    private Match matchLower(List<VerbPattern.Element> els, int k, int pos, Sentence s, ActorPhrase[] phraseAt,
                             int limit, Match m) {
        if (k < 0) {
            return m;
        }
        VerbPattern.Element e = els.get(k);
        int first = e.closed() ? pos : limit;
        for (int end = pos; end >= first && end >= limit; end--) {
            int start = matchEndingAt(e, end, s, phraseAt, limit);
            if (start >= 0) {
                Match next = bind(m.copy(), e, start, s, phraseAt);
                next.from = Math.min(next.from, start);
                Match r = matchLower(els, k - 1, start - 1, s, phraseAt, limit, next);
                if (r != null) {
                    return r;
                }
            }
            if (e.closed()) {
                break;
            }
        }
        return null;
    }

    private static Match bind(Match m, VerbPattern.Element e, int at, Sentence s, ActorPhrase[] phraseAt) {
        switch (e.kind()) {
            case SOURCE: m.source = phraseAt[at]; break;
            case TARGET: m.target = phraseAt[at]; break;
            case COMPOUND: m.compound = phraseAt[at]; break;
            default: break;
        }
        return m;
    }

    /** End (exclusive) of element {@code e} matched starting at {@code at}, or -1. */
    private int matchAt(VerbPattern.Element e, int at, Sentence s, ActorPhrase[] phraseAt, int limit, boolean upper) {
        if (at >= limit || at < 0) {
            return -1;
        }
        if (e.isActor()) {
            ActorPhrase p = phraseAt[at];
            if (p == null && e.kind() == VerbPattern.Kind.SKIP) {
                return nullNounPhrase(s, at, limit, phraseAt);
            }
            if (p == null || p.start < at && p.units.isEmpty() && !p.pair) {
                return -1;
            }
            if (e.kind() == VerbPattern.Kind.COMPOUND && !(p.compound() || p.pair || p.joint)) {
                return -1;
            }
            // an actor element matches where a phrase starts (or at its head after a determiner)
            if (p.start != at && !(p.start == at - 1 && isDeterminer(s.upper(at - 1)))) {
                return -1;
            }
            return Math.min(p.end, limit);
        }
        if (e.kind() == VerbPattern.Kind.SYNSET) {
            for (String[] phrase : verbs.synset(e.word())) {
                if (matchesPhrase(phrase, at, s, limit)) {
                    return at + phrase.length;
                }
            }
            return -1;
        }
        return s.upper(at).equals(e.word()) ? at + 1 : -1;
    }

    /** Start of element {@code e} matched so that it ends at {@code end} (inclusive), or -1. */
    private int matchEndingAt(VerbPattern.Element e, int end, Sentence s, ActorPhrase[] phraseAt, int limit) {
        if (end < limit || end < 0) {
            return -1;
        }
        if (e.isActor()) {
            ActorPhrase p = phraseAt[end];
            if (p == null || p.end - 1 != end) {
                return -1;
            }
            if (e.kind() == VerbPattern.Kind.COMPOUND && !(p.compound() || p.pair || p.joint)) {
                return -1;
            }
            return Math.max(p.start, limit);
        }
        if (e.kind() == VerbPattern.Kind.SYNSET) {
            for (String[] phrase : verbs.synset(e.word())) {
                int start = end - phrase.length + 1;
                if (start >= limit && matchesPhrase(phrase, start, s, end + 1)) {
                    return start;
                }
            }
            return -1;
        }
        return s.upper(end).equals(e.word()) ? end : -1;
    }

    /** A short lower-case noun phrase that no dictionary codes ("their populations"): what ^ may skip. */
    private static int nullNounPhrase(Sentence s, int at, int limit, ActorPhrase[] phraseAt) {
        int k = at;
        while (k < limit && k < at + 3 && phraseAt[k] == null && s.is(k, org.dyad.text.token.TokenKind.WORD)
                && Character.isLowerCase(s.surface(k).charAt(0)) && !isFunctionWord(s.upper(k))) {
            k++;
        }
        return k > at ? k : -1;
    }

    private static boolean isFunctionWord(String u) {
        return Words.PREPOSITIONS.contains(u) || Words.AUXILIARIES.contains(u) || Words.CONJUNCTIONS.contains(u)
                || Words.DETERMINERS.contains(u) || Words.RELATIVES.contains(u);
    }

    private static boolean matchesPhrase(String[] phrase, int at, Sentence s, int limit) {
        if (at + phrase.length > limit) {
            return false;
        }
        for (int i = 0; i < phrase.length; i++) {
            if (!s.upper(at + i).equals(phrase[i])) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDeterminer(String u) {
        return u.equals("THE") || u.equals("A") || u.equals("AN");
    }
}
