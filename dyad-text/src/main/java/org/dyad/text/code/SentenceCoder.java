package org.dyad.text.code;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dyad.model.Modality;
import org.dyad.text.code.Candidate.Side;
import org.dyad.text.dict.DiscardDictionary;
import org.dyad.text.dict.VerbDictionary;
import org.dyad.text.dict.VerbPattern;
import org.dyad.text.token.Sentence;
import org.dyad.text.token.TokenKind;

/**
 * Codes one sentence without a parse, in the manner of TABARI's shallow parsing: find the actor
 * phrases, find the verbs (and, for narratives, event nouns), match each verb's patterns around
 * it, and fill what the pattern leaves open from the clause: the subject before the verb, the
 * first actor after it, the agent of a passive ("by X"), the possessor of an event noun ("X's
 * visit to Y"). Compound actors multiply events; paired codes ({@code [032:033]}) add the reverse
 * event. Narrative rules add modality (negated, planned, postponed), skip habitual and generic
 * statements and use relation frames ("Azerbaijani-Iranian relations entered a new phase").
 *
 * <p>Stateless apart from its dictionaries: one instance serves any number of threads.
 */
public final class SentenceCoder {
    private static final Set<String> RELATION_NOUNS = Set.of("RELATIONS", "RELATIONSHIP", "RELATIONSHIPS",
            "TIES", "COOPERATION", "DIALOGUE", "CONTACTS", "LINKS", "EXCHANGES", "PARTNERSHIP", "ACTIVITY", "ACTIVITIES");
    /** Nouns whose "on X" names a topic: "a memorandum on expanding cooperation" is not an event of expanding. */
    private static final Set<String> TOPIC_HEADS = Set.of("MEMORANDUM", "MEMORANDA", "AGREEMENT", "AGREEMENTS",
            "TREATY", "TREATIES", "PROTOCOL", "PROTOCOLS", "DOCUMENT", "DOCUMENTS", "DECLARATION", "RESOLUTION",
            "STATEMENT", "TALKS", "NEGOTIATIONS", "DISCUSSIONS", "CONSULTATIONS", "ACCORD", "CONVENTION", "PLAN",
            "PROGRAM", "PROGRAMME", "LAW", "DECREE", "COMMUNIQUE", "PROPOSAL", "PROPOSALS", "CONTRACT", "DEAL",
            "CONFERENCE", "SEMINAR", "REPORT", "ARTICLE", "BOOK", "STUDY", "DEBATE");
    private static final Set<String> LIGHT_VERB_OBJECT_PREPS = Set.of("TO", "WITH", "ON", "AGAINST", "IN", "AT",
            "FOR", "TOWARD", "TOWARDS", "INTO", "FROM", "OVER", "REGARDING", "AMONG");
    private static final Set<String> INTENT_VERBS = Set.of("PLAN", "PLANS", "PLANNED", "PLANNING", "INTEND",
            "INTENDS", "INTENDED", "WANT", "WANTS", "WANTED", "HOPE", "HOPES", "HOPED", "SEEK", "SEEKS", "SOUGHT",
            "AIM", "AIMS", "AIMED", "EXPECT", "EXPECTS", "EXPECTED", "AGREE", "AGREES", "AGREED", "DECIDE",
            "DECIDES", "DECIDED", "TRY", "TRIES", "TRIED", "ATTEMPT", "ATTEMPTED", "PROPOSE", "PROPOSED", "WISH",
            "WISHED", "READY", "WILLING", "PREPARED", "PREPARING", "SCHEDULED", "DUE", "INTENTION", "INTENTIONS",
            "PROMISED", "PROMISE", "PLEDGED", "VOWED", "THREATENED", "OFFERED", "INVITED", "URGED", "ASKED",
            "CALLED", "SET", "GOING");
    private static final Set<String> DESIRE_VERBS = Set.of("SEEK", "SEEKS", "SOUGHT", "SEEKING", "HOPE", "HOPES",
            "HOPED", "HOPING", "WANT", "WANTS", "WANTED", "WISH", "WISHED", "AIM", "AIMS", "AIMED", "AIMING", "TRY",
            "TRIES", "TRIED", "TRYING", "ATTEMPT", "ATTEMPTED", "ATTEMPTING", "STRIVE", "STROVE", "DESIRE", "WISHES");
    private static final Set<String> FAILURE_WORDS = Set.of("FAILED", "FAIL", "FAILS", "REFUSED", "REFUSE",
            "DECLINED", "UNABLE", "WITHOUT");
    private static final Set<String> GOAL_NOUNS = Set.of("PRIORITY", "TASK", "GOAL", "AIM", "RESPONSIBILITY",
            "PURPOSE", "OBJECTIVE", "MISSION", "ROLE", "DUTY", "INTENTION", "NEED", "WAY", "ATTEMPT", "ATTEMPTS",
            "EFFORT", "EFFORTS", "STEPS", "DESIRE", "OPPORTUNITY", "OPPORTUNITIES", "ORDER", "RIGHT", "ABILITY");
    private static final Set<String> TEMPORAL_PREPOSITIONS = Set.of("DURING", "AFTER", "BEFORE", "SINCE", "UNTIL",
            "AMID", "AMIDST", "FOLLOWING", "DESPITE");
    private static final Set<String> STATIVE = Set.of("REMAINED", "REMAINS", "REMAIN", "ONGOING", "CONTINUES",
            "PERSISTENT", "PERMANENT", "CONSTANT");
    private static final Set<String> POSTPONE_WORDS = Set.of("POSTPONED", "POSTPONE", "POSTPONES", "DELAYED",
            "DELAY", "DEFERRED", "CANCELLED", "CANCELED", "SUSPENDED");
    private static final Set<String> ANAPHORIC_SUBJECTS = Set.of("DOCUMENT", "DOCUMENTS", "AGREEMENT",
            "AGREEMENTS", "VISIT", "TREATY", "MEMORANDUM", "COUNCIL", "STEP", "DECISION", "EVENT", "EVENTS",
            "MEETING", "SITUATION", "POLICY", "DEVELOPMENT", "PROCESS", "FACT", "APPROACH", "MOVE");

    private final VerbDictionary verbs;
    private final DiscardDictionary discards;
    private final ActorTagger tagger;
    private final PatternMatcher matcher;
    private final org.dyad.text.date.DateTagger dateTagger = new org.dyad.text.date.DateTagger();
    /** Commas inside date expressions ("August 5, 1992") of the sentence being coded on this thread. */
    private static final ThreadLocal<boolean[]> DATE_COMMAS = new ThreadLocal<>();

    public SentenceCoder(org.dyad.text.dict.Dictionaries d, boolean narrative) {
        this.verbs = d.verbs();
        this.discards = d.discards();
        this.tagger = new ActorTagger(d.actors().trie(), d.agents().trie(), narrative);
        this.matcher = new PatternMatcher(d.verbs());
    }

    /** The result of coding a sentence. */
    static final class Result {
        final Sentence sentence;
        final List<ActorPhrase> phrases;
        final ActorPhrase[] phraseAt;
        final List<Candidate> candidates = new ArrayList<>();
        final boolean[] citation;
        List<org.dyad.text.date.DateMention> dates = List.of();
        DiscardDictionary.Scope discarded;
        /** Outcomes with no actors ("an agreement was signed"), waiting for the occasion the sentence names. */
        final List<Sideless> sideless = new ArrayList<>(0);

        Result(Sentence sentence, List<ActorPhrase> phrases, ActorPhrase[] phraseAt, boolean[] citation) {
            this.sentence = sentence;
            this.phrases = phrases;
            this.phraseAt = phraseAt;
            this.citation = citation;
        }
    }

    private record Sideless(VerbOccurrence verb, VerbPattern pattern, String code, Modality modality, Side source,
                            Side target, boolean relation) {
    }

    /**
     * "During Li Peng's visit to Almaty, an agreement was signed", "The visit of Shevardnadze to
     * Yerevan produced an agreement": an outcome (an agreement, cooperation, aid) whose clause names
     * no actors takes the sides of the visit, meeting or talks the same sentence names.
     */
    private void occasions(Sentence s, CoderOptions o, Result r) {
        for (Sideless x : r.sideless) {
            Candidate best = null;
            for (Candidate c : r.candidates) {
                if (c.code == null || !c.code.startsWith("04") || c.source.isNone() || c.target.isNone()
                        || c.modality != Modality.ASSERTED || !c.verb.nominal()) {
                    continue;
                }
                if (best == null || Math.abs(c.verb.from() - x.verb().from()) < Math.abs(best.verb.from() - x.verb().from())) {
                    best = c;
                }
            }
            if (best == null || x.source() != null && !sameState(x.source(), best.source) && !sameState(x.source(), best.target)) {
                emit(s, x.verb(), x.pattern(), x.code(), x.source(), x.target(), x.modality(), x.relation(), o, r);
            } else {
                int before = r.candidates.size();
                emit(s, x.verb(), x.pattern(), x.code(), best.source, best.target, x.modality(), false, o, r);
                for (int k = before; k < r.candidates.size(); k++) {
                    r.candidates.get(k).sourceHow = "the visit, meeting or talks of the sentence: "
                            + s.text(best.verb.from(), best.verb.to());
                    r.candidates.get(k).targetHow = r.candidates.get(k).sourceHow;
                }
            }
        }
    }

    /**
     * "paid a visit to Armenia at the invitation of President Kocharyan": the invitation's
     * target, when the noun has none, is the visitor of the sentence's visit.
     */
    private static void hosts(Sentence s, Result r) {
        for (int i = 0; i < r.candidates.size(); i++) {
            Candidate c = r.candidates.get(i);
            if (c.code == null || !c.code.startsWith("036") || !c.verb.nominal() || c.source.isNone()
                    || !c.target.isNone()) {
                continue;
            }
            for (Candidate visit : r.candidates) {
                if (visit.code != null && visit.code.startsWith("042") && !visit.source.isNone()
                        && visit.source.phrase() != c.source.phrase()) {
                    Candidate x = new Candidate(c.verb, c.pattern, c.code, c.source, visit.source);
                    x.modality = c.modality;
                    x.sourceHow = c.sourceHow;
                    x.targetHow = "the visitor of the visit the invitation was for";
                    r.candidates.set(i, x);
                    break;
                }
            }
        }
    }

    /** The two sides name the same single actor phrase unit (or the same state, when both resolve to one). */
    private static boolean sameState(Side a, Side b) {
        if (a == null || b == null || a.isNone() || b.isNone()) {
            return false;
        }
        if (a.phrase() == b.phrase() && (a.unit() == b.unit() || a.unit() == Candidate.WHOLE)) {
            return true;
        }
        String x = country(a);
        return x != null && x.equals(country(b));
    }

    private static String country(Side side) {
        ActorPhrase p = side.phrase();
        if (p.units.isEmpty()) {
            return null;
        }
        int u = side.unit() >= 0 && side.unit() < p.units.size() ? side.unit() : 0;
        for (ActorPhrase.Resolved x : p.resolve(null, null)) {
            if (u-- == 0) {
                return x.country();
            }
        }
        return null;
    }

    /**
     * The states a sentence names (each mention once), for finding the pair a document is about
     * before coding it.
     */
    public void countStates(Sentence s, java.util.Map<String, Integer> counts, java.util.Set<String> states) {
        boolean[] skip = Citations.find(s);
        for (ActorPhrase p : tagger.tag(s, skip)) {
            for (ActorPhrase.Resolved x : p.resolve(null, null)) {
                if (x.country() != null && states.contains(x.country())) {
                    counts.merge(x.country(), 1, Integer::sum);
                }
            }
        }
    }

    /** A readable account of how a sentence was analysed, for debugging and {@code dyad explain}. */
    public String trace(Sentence s, CoderOptions o) {
        Result r = code(s, o);
        StringBuilder b = new StringBuilder();
        for (ActorPhrase p : r.phrases) {
            b.append("  phrase [").append(p.start).append(',').append(p.end).append(") '")
                    .append(p.start >= 0 && p.end <= s.size() ? s.text(Math.max(0, p.start), p.end) : "")
                    .append("' units=").append(p.units.size()).append(p.pair ? " pair" : "").append(p.joint ? " joint" : "")
                    .append(p.pronoun ? " pronoun" : "").append(' ');
            for (ActorPhrase.Resolved x : p.resolve(null, null)) {
                b.append(x.code()).append(' ');
            }
            b.append('\n');
        }
        for (Candidate c : r.candidates) {
            b.append("  event ").append(c.code).append(" verb='").append(s.text(c.verb.from(), c.verb.to()))
                    .append("' pattern=").append(c.pattern == null ? "-" : c.pattern.text()).append(" src=")
                    .append(side(s, c.source)).append(" tgt=").append(side(s, c.target)).append(' ')
                    .append(c.modality).append(c.antecedent ? " antecedent" : "").append(c.relation ? " relation" : "")
                    .append('\n');
        }
        return b.toString();
    }

    private static String side(Sentence s, Side side) {
        if (side == null || side.isNone()) {
            return "-";
        }
        ActorPhrase p = side.phrase();
        return (p.start >= 0 ? s.text(Math.max(0, p.start), p.end) : "PAIR") + "#" + side.unit();
    }

    Result code(Sentence s, CoderOptions o) {
        return code(s, o, null);
    }

    /** Codes a sentence, also knowing the names learned from its document so far. */
    Result code(Sentence s, CoderOptions o, org.dyad.text.dict.PhraseTrie<org.dyad.text.dict.ActorEntry> learned) {
        int n = s.size();
        boolean[] skip = o.narrativeRules() ? Citations.find(s) : new boolean[n];
        DiscardDictionary.Scope discard = discard(s);
        if (discard != null) {
            Result r = new Result(s, List.of(), new ActorPhrase[n], skip);
            r.discarded = discard;
            return r;
        }
        List<ActorPhrase> phrases = tagger.tag(s, skip, learned);
        if (o.commaClauses()) {
            CommaClauses.mark(s, skip, phrases, o);
            List<ActorPhrase> kept = new ArrayList<>(phrases.size());
            for (ActorPhrase p : phrases) {
                if (!skip[Math.max(0, Math.min(n - 1, p.end - 1))]) {
                    kept.add(p);
                }
            }
            phrases = kept;
        }
        List<org.dyad.text.date.DateMention> dates = o.narrativeRules() ? dateTagger.tag(s, skip) : List.of();
        ActorPhrase[] at = new ActorPhrase[n];
        for (ActorPhrase p : phrases) {
            for (int k = p.start; k < p.end && k < n; k++) {
                at[k] = p;
            }
        }
        Result r = new Result(s, phrases, at, skip);
        r.dates = dates;
        boolean[] dateCommas = new boolean[n];
        for (org.dyad.text.date.DateMention d : dates) {
            for (int k = d.from(); k < d.to(); k++) {
                dateCommas[k] = true;
            }
        }
        DATE_COMMAS.set(dateCommas);
        List<VerbOccurrence> occurrences = findVerbs(s, at, skip, o);
        Side previousSource = null;
        int lastCoded = -1;
        for (VerbOccurrence v : occurrences) {
            if (!o.narrativeRules() && lastCoded >= 0 && complementOf(s, v, lastCoded)) {
                continue; // "abandoned efforts to stop ...": PETRARCH codes the governing verb only
            }
            int before = r.candidates.size();
            previousSource = codeVerb(s, v, at, skip, o, r, previousSource, occurrences);
            if (r.candidates.size() > before) {
                lastCoded = v.to();
            }
        }
        if (o.narrativeRules() && !r.sideless.isEmpty()) {
            occasions(s, o, r);
        }
        if (o.narrativeRules()) {
            hosts(s, r);
        }
        if (o.narrativeRules()) {
            dropIntentsWithContent(s, r);
            if (heading(s, r)) {
                r.candidates.clear();
            }
        }
        return r;
    }

    /**
     * A heading ("The normalisation of relations between China and Viet Nam", "Japan-Republic of
     * Korea Summit Meeting"): no final punctuation and no verb, only event nouns, names a topic.
     */
    private static boolean heading(Sentence s, Result r) {
        if (s.size() == 0 || r.candidates.isEmpty()) {
            return false;
        }
        String last = s.upper(s.size() - 1);
        if (last.equals(".") || last.equals("!") || last.equals("?") || last.equals(";") || last.equals(":")
                || last.equals("\"") || last.equals("\u201d") || last.equals("'") || last.equals(")")) {
            return false;
        }
        for (Candidate c : r.candidates) {
            if (!c.verb.nominal()) {
                return false;
            }
        }
        return true;
    }

    /**
     * "The two sides agreed to build a railway": the planned railway is the event; the generic
     * intent of the governing verb (root 03) would count it twice.
     */
    private static void dropIntentsWithContent(Sentence s, Result r) {
        List<Candidate> drop = new ArrayList<>();
        for (Candidate gov : r.candidates) {
            if (gov.code == null || !gov.code.startsWith("03")) {
                continue;
            }
            for (Candidate c : r.candidates) {
                if (c != gov && c.modality == Modality.PLANNED && c.verb.from() > gov.verb.to()
                        && c.verb.from() <= gov.verb.to() + 2 && s.upper(c.verb.from() - 1).equals("TO")) {
                    drop.add(gov);
                    break;
                }
            }
        }
        r.candidates.removeAll(drop);
    }

    /** An infinitive ("to stop", "to be allowed to leave") in the clause of a verb already coded. */
    private static boolean complementOf(Sentence s, VerbOccurrence v, int codedEnd) {
        int inf = infinitive(s, v);
        if (inf < 0 || inf < codedEnd) {
            return false;
        }
        for (int k = codedEnd; k < inf; k++) {
            String u = s.upper(k);
            if (u.equals(";") || u.equals(",") || Words.RELATIVES.contains(u) && !u.equals("THAT")
                    || Words.SUBORDINATORS.contains(u) && !u.equals("AS") && !u.equals("AFTER")) {
                return false;
            }
        }
        return true;
    }

    private DiscardDictionary.Scope discard(Sentence s) {
        if (discards == null || discards.isEmpty()) {
            return null;
        }
        int n = s.size();
        for (int i = 0; i < n; i++) {
            int len = discards.trie().longest(s.uppers(), n, i);
            if (len > 0) {
                return discards.trie().values(s.uppers(), n, i, len).get(0);
            }
        }
        return null;
    }

    // ------------------------------------------------------------------ verbs

    private List<VerbOccurrence> findVerbs(Sentence s, ActorPhrase[] at, boolean[] skip, CoderOptions o) {
        List<VerbOccurrence> out = new ArrayList<>();
        int n = s.size();
        int i = 0;
        while (i < n) {
            if (skip[i] || at[i] != null && !at[i].units.isEmpty() && !at[i].pair || !s.is(i, TokenKind.WORD)
                    || Words.AUXILIARIES.contains(s.upper(i))) {
                i++;
                continue;
            }
            VerbOccurrence best = null;
            List<VerbDictionary.Form> same = new ArrayList<>(2);
            for (VerbDictionary.Form f : verbs.forms(s.upper(i))) {
                if (!fits(s, i, f)) {
                    continue;
                }
                int from = i - f.before().length;
                int to = i + 1 + f.after().length;
                if (f.block().nominal()) {
                    if (!o.narrativeRules() || verbalContext(s, from) || modifiesNoun(s, from, to)) {
                        continue;
                    }
                } else if (f.past() && o.narrativeRules() && from > 0 && Words.DETERMINERS.contains(s.upper(from - 1))
                        && !s.upper(from - 1).equals("'S")) {
                    continue; // "the signed documents", "an agreed text": an adjective
                } else if (!f.past() && nominalContext(s, from, f, at, o)) {
                    continue; // a noun use of a verb ("an attack", "their meeting"): not coded as the verb
                } else if (!verbal(s, from, f, o)) {
                    continue;
                }
                if (best == null || to - from > best.to() - best.from()) {
                    best = new VerbOccurrence(from, to, i, f, f.block().nominal(), same);
                    same.clear();
                    same.add(f);
                } else if (to - from == best.to() - best.from() && best.form().block() != f.block()) {
                    same.add(f);
                }
            }
            if (best != null) {
                out.add(new VerbOccurrence(best.from(), best.to(), best.word(), best.form(), best.nominal(),
                        List.copyOf(same)));
                i = Math.max(best.to(), i + 1);
            } else {
                i++;
            }
        }
        return out;
    }

    private static boolean fits(Sentence s, int i, VerbDictionary.Form f) {
        String[] b = f.before();
        String[] a = f.after();
        if (i - b.length < 0) {
            return false;
        }
        for (int k = 0; k < b.length; k++) {
            if (!s.upper(i - b.length + k).equals(b[k])) {
                return false;
            }
        }
        for (int k = 0; k < a.length; k++) {
            if (i + 1 + k >= s.size() || !s.upper(i + 1 + k).equals(a[k])) {
                return false;
            }
        }
        return true;
    }

    private static final Set<String> ADJECTIVES = Set.of("NEW", "OLD", "FULL", "FIRST", "LAST", "NEXT", "MAIN",
            "BIG", "SMALL", "LARGE", "HIGH", "LOW", "LONG", "SHORT", "GOOD", "BAD", "EARLY", "LATE", "FORMER",
            "SENIOR", "JOINT", "BRIEF", "PRIVATE", "PUBLIC", "OWN", "TOP", "KEY", "MAJOR", "MINOR", "RECENT",
            "FURTHER", "GREAT", "SAME", "OTHER", "SUCH", "STATE", "WORKING", "FRIENDLY", "ONE-DAY", "TWO-DAY",
            "THREE-DAY", "FOUR-DAY", "FIVE-DAY", "MUTUAL", "FREE", "DIRECT", "FINAL", "SECOND", "THIRD", "BORDER",
            "TRADE", "PEACE", "RETURN", "SUMMIT", "WORLD", "SEVERAL", "BILATERAL", "MASS", "DAYLIGHT", "AIR");

    /** A word that may stand between a determiner and its noun: an adjective by form or by list. */
    private static boolean adjectiveLike(Sentence s, int k) {
        if (!s.is(k, TokenKind.WORD) || !Character.isLowerCase(s.surface(k).charAt(0))) {
            return s.is(k, TokenKind.NUMBER) || s.upper(k).endsWith("-");
        }
        String u = s.upper(k);
        if (ADJECTIVES.contains(u) || u.endsWith("-")) {
            return true;
        }
        if (Words.PREPOSITIONS.contains(u) || Words.AUXILIARIES.contains(u) || Words.DETERMINERS.contains(u)
                || Words.CONJUNCTIONS.contains(u) || u.endsWith("LY")) {
            return false;
        }
        return u.endsWith("AL") || u.endsWith("IC") || u.endsWith("IVE") || u.endsWith("OUS") || u.endsWith("FUL")
                || u.endsWith("ARY") || u.endsWith("ABLE") || u.endsWith("IBLE") || u.endsWith("ANT")
                || u.endsWith("ENT") || u.endsWith("LESS") || u.endsWith("ISH") || u.endsWith("ORY")
                || u.endsWith("ED") || u.endsWith("ING") || u.indexOf('-') > 0;
    }

    /**
     * A determiner, possessive or number before the word (past up to two adjectives, or past an
     * actor named after a determiner, "an anti- Gondor parade"): the word is a noun.
     */
    private static boolean nominalContext(Sentence s, int from, VerbDictionary.Form f, ActorPhrase[] at, CoderOptions o) {
        boolean plural = f.word().endsWith("S") && !f.word().equals(f.lemma());
        if (plural && from > 0 && !pluralIsVerb(s, from - 1, at)) {
            return true; // "promised raids", "daylight raids": a plural noun, not "Iran raids Baku"
        }
        int k = from - 1;
        int modifiers = 0;
        while (k >= 0 && modifiers < 2 && at[k] == null && adjectiveLike(s, k)) {
            k--;
            modifiers++;
        }
        if (k < 0) {
            // "Discussions of X ...": a sentence-initial plural followed by "of"
            return plural && from + 1 < s.size() && s.upper(from + 1 + f.after().length).equals("OF");
        }
        if (at[k] != null && !at[k].units.isEmpty() && at[k].start <= k && !s.is(k, TokenKind.POSSESSIVE)) {
            int b = at[k].start - 1;
            while (b >= 0 && s.upper(b).endsWith("-")) {
                b--;
            }
            return b >= 0 && (s.upper(b).equals("THE") || s.upper(b).equals("A") || s.upper(b).equals("AN"))
                    && b < at[k].start - 1;
        }
        String u = s.upper(k);
        if (Words.DETERMINERS.contains(u) || s.is(k, TokenKind.POSSESSIVE) || s.is(k, TokenKind.NUMBER)) {
            return true;
        }
        // a gerund after a preposition, "after leaving": a noun for PETRARCH's parse
        return !o.narrativeRules() && f.word().endsWith("ING") && Words.PREPOSITIONS.contains(u) && modifiers == 0;
    }

    /** A present-tense "-s" verb follows its subject: an actor, a pronoun, a relative or a noun. */
    private static boolean pluralIsVerb(Sentence s, int k, ActorPhrase[] at) {
        while (k >= 0 && s.upper(k).endsWith("LY")) {
            k--;
        }
        if (k < 0) {
            return false;
        }
        String u = s.upper(k);
        if (at[k] != null && !at[k].pronoun) {
            return true;
        }
        if (Words.PRONOUNS.contains(u) || Words.RELATIVES.contains(u)) {
            return true;
        }
        if ((u.equals("AND") || u.equals("THEN") || u.equals("BUT") || s.is(k, TokenKind.NUMBER)) && objectFollows(s, k + 2, at)) {
            return true; // "expels the envoy and suspends trade", "on Dec. 21 recalls its envoy": a verb
        }
        if (!s.is(k, TokenKind.WORD) || Words.PREPOSITIONS.contains(u) || Words.DETERMINERS.contains(u)
                || Words.AUXILIARIES.contains(u) || Words.CONJUNCTIONS.contains(u) || isVerbWord(u)) {
            return false;
        }
        return !adjectiveLike(s, k) && !u.endsWith("ED") && !u.endsWith("ING");
    }

    /** A noun phrase starts at {@code k}: a determiner, a possessive pronoun or a named actor. */
    private static boolean objectFollows(Sentence s, int k, ActorPhrase[] at) {
        if (k >= s.size()) {
            return false;
        }
        String u = s.upper(k);
        return Words.DETERMINERS.contains(u) && !u.equals("'S") || Words.POSSESSIVE_PRONOUNS.contains(u)
                || at[k] != null && !at[k].pronoun;
    }

    private static boolean isVerbWord(String u) {
        return u.equals("PROMISED") || u.equals("LAUNCHED") || u.equals("MADE") || u.equals("HELD")
                || u.equals("ANNOUNCED") || u.equals("CONDUCTED") || u.equals("STAGED") || u.equals("CARRIED");
    }

    /** Not a verb after a degree adverb ("very close"), which makes it an adjective. */
    private static boolean verbal(Sentence s, int from, VerbDictionary.Form f, CoderOptions o) {
        if (from == 0) {
            return true;
        }
        String prev = s.upper(from - 1);
        return !(prev.equals("VERY") || prev.equals("SO") || prev.equals("TOO") || prev.equals("QUITE")
                || prev.equals("MORE") || prev.equals("MOST") || prev.equals("LESS") || prev.equals("RATHER"));
    }

    /**
     * "demanded war reparations": a bare event noun before a plural noun modifies it and names no
     * event of its own ("the visit marks ..." has a determiner: there the plural is a verb); nor
     * does one after "state of" ("ended the state of war").
     */
    private static boolean modifiesNoun(Sentence s, int from, int next) {
        if (from >= 2 && s.upper(from - 1).equals("OF") && s.upper(from - 2).equals("STATE")) {
            return true; // "ended the state of war": a condition, not an event of its own
        }
        if (from > 0 && (Words.DETERMINERS.contains(s.upper(from - 1)) || s.is(from - 1, TokenKind.POSSESSIVE)
                || Words.POSSESSIVE_PRONOUNS.contains(s.upper(from - 1)))) {
            return false;
        }
        if (next >= s.size() || !s.is(next, TokenKind.WORD) || !Character.isLowerCase(s.surface(next).charAt(0))) {
            return false;
        }
        String u = s.upper(next);
        return u.length() > 3 && u.endsWith("S") && !u.endsWith("SS") && !u.endsWith("OUS")
                && !Words.AUXILIARIES.contains(u) && !Words.PREPOSITIONS.contains(u) && !Words.PRONOUNS.contains(u)
                && !Words.DETERMINERS.contains(u) && !Words.CONJUNCTIONS.contains(u) && !Words.RELATIVES.contains(u);
    }

    /** An auxiliary, modal or "to" right before the word: a verb, not a noun. */
    private static boolean verbalContext(Sentence s, int from) {
        int k = from - 1;
        while (k >= 0 && (s.upper(k).endsWith("LY") || Words.NEGATIONS.contains(s.upper(k)))) {
            k--;
        }
        if (k < 0) {
            return false;
        }
        String u = s.upper(k);
        return u.equals("TO") && !(k > 0 && Words.PREPOSITIONS.contains(s.upper(k - 1)))
                || Words.MODALS_FUTURE.contains(u) || Words.MODALS_HYPOTHETICAL.contains(u)
                || u.equals("DID") || u.equals("DO") || u.equals("DOES");
    }

    // ------------------------------------------------------------------ one verb

    private Side codeVerb(Sentence s, VerbOccurrence v, ActorPhrase[] at, boolean[] skip, CoderOptions o, Result r,
                          Side previousSource, List<VerbOccurrence> all) {
        int n = s.size();
        if (o.narrativeRules() && topicOfDocument(s, v)) {
            return previousSource;
        }
        int low = clauseLow(s, v, at);
        int high = n;
        for (int k = v.to(); k < n; k++) {
            if (s.upper(k).equals(";")) {
                high = k;
                break;
            }
        }
        int patternLow = low;
        int patternHigh = high;
        if (o.narrativeRules()) {
            // a narrative pattern stays within the verb's comma-delimited stretch
            for (int k = v.from() - 1; k >= low; k--) {
                if (isBoundary(s, k, at)) {
                    patternLow = k + 1;
                    break;
                }
            }
            for (int k = v.to(); k < high; k++) {
                // "... strengthen stability but also influence relations": a contrast starts another clause
                if (isBoundary(s, k, at) || CONTRASTS.contains(s.upper(k))) {
                    patternHigh = k;
                    break;
                }
            }
        }
        VerbPattern fired = null;
        PatternMatcher.Match m = null;
        VerbDictionary.Form chosen = null;
        for (VerbDictionary.Form f : v.alternatives()) {
            for (VerbPattern p : f.block().patterns()) {
                PatternMatcher.Match mm = matcher.match(p, v.with(f), s, at, Math.max(0, patternLow), patternHigh);
                if (mm != null) {
                    fired = p;
                    m = mm;
                    chosen = f;
                    break;
                }
            }
            if (fired != null) {
                break;
            }
        }
        if (chosen == null) {
            for (VerbDictionary.Form f : v.alternatives()) {
                if (!isNullCode(f.effectiveCode())) {
                    chosen = f;
                    break;
                }
            }
        }
        if (chosen == null) {
            return previousSource;
        }
        v = v.with(chosen);
        String code = fired != null ? fired.code() : chosen.effectiveCode();
        if (isNullCode(code)) {
            return previousSource;
        }
        boolean passive = !v.nominal() && passive(s, v)
                && (o.narrativeRules() || byPhrase(s, v.to(), high, at) != null);
        Side source = null;
        Side target = null;
        if (m != null && m.compound != null && o.narrativeRules() && v.nominal() && m.compound.start > v.to() + 2
                && v.to() < s.size() && !s.upper(v.to()).equals("BETWEEN") && !s.upper(v.to()).equals("OF")) {
            // "the meetings held by X ... with the President of A and the Prime Minister of A": the
            // "of" of the pattern is inside a later phrase, not the noun's own
            m = null;
            fired = null;
            code = chosen.effectiveCode();
            if (isNullCode(code)) {
                return previousSource;
            }
        }
        if (m != null && m.compound != null) {
            return compound(s, v, fired, code, m, o, r, previousSource);
        }
        String srcHow = "subject";
        String tgtHow = "first actor after the verb";
        if (m != null && m.source != null) {
            source = new Side(m.source, Candidate.WHOLE);
            srcHow = "pattern $";
        }
        if (m != null && m.target != null) {
            target = new Side(m.target, Candidate.WHOLE);
            tgtHow = "pattern +";
        }
        boolean relation = o.narrativeRules() && fired != null && aboutMissions(fired);
        if (o.narrativeRules() && fired != null && aboutRelations(fired)) {
            Side[] rel = relationFrame(s, v, m, at);
            if (rel != null) {
                relation = true;
                if (source == null) {
                    source = rel[0];
                    srcHow = "actors of the relation noun";
                }
                if (target == null && rel[1] != null) {
                    target = rel[1];
                    tgtHow = "actors of the relation noun";
                }
            }
        }
        if (v.nominal()) {
            Side[] frame = nominalFrame(s, v, at, low, high);
            if (source == null) {
                source = frame[0];
                srcHow = "possessor or by-phrase of the event noun";
            }
            if (target == null && frame[1] != null && (source == null || frame[1].phrase() != source.phrase()
                    || frame[1].unit() != source.unit())) {
                target = frame[1];
                tgtHow = "prepositional object of the event noun";
            }
        }
        if (passive) {
            ActorPhrase by = byPhrase(s, v.to(), high, at);
            ActorPhrase subj = subject(s, v, at, low);
            if (source == null && by != null) {
                source = new Side(by, Candidate.WHOLE);
                srcHow = "by-phrase of a passive";
            }
            if (target == null && subj != null && (source == null || subj != source.phrase())) {
                target = new Side(subj, Candidate.WHOLE);
                tgtHow = "subject of a passive";
            }
            if (target == null && source == null) {
                ActorPhrase after = firstAfter(s, v.to(), high, at, null);
                if (after != null) {
                    target = new Side(after, Candidate.WHOLE);
                }
            }
            if (o.narrativeRules() && source == null && code.startsWith("036") && v.to() + 1 < high
                    && s.upper(v.to()).equals("TO") && at[v.to() + 1] != null && !at[v.to() + 1].units.isEmpty()
                    && at[v.to() + 1] != (target == null ? null : target.phrase())) {
                // "Aliyev was invited to Iran to attend ...": the host invites
                source = new Side(at[v.to() + 1], Candidate.WHOLE);
                srcHow = "the state invited to";
            }
        }
        boolean invited = false;
        if (o.narrativeRules() && source == null && m != null && m.source == null || o.narrativeRules() && m == null) {
            ActorPhrase guest = invitee(s, v, at);
            if (guest != null) {
                // "Iran invited President Aliyev to pay an official visit to Tehran": the guest visits
                source = new Side(guest, Candidate.WHOLE);
                srcHow = "the one invited or asked to";
                invited = true;
            }
        }
        if (source == null && !v.nominal()) {
            ActorPhrase subj = subject(s, v, at, low);
            if (subj != null && (target == null || subj != target.phrase())) {
                source = new Side(subj, Candidate.WHOLE);
            } else if (subj == null && previousSource != null && coordinated(s, v, all)) {
                source = previousSource;
            }
        }
        if (target == null && !passive && !v.nominal()) {
            int objectHigh = o.narrativeRules() ? nextCoordinatedVerb(s, v, all, high) : high;
            ActorPhrase after = firstAfter(s, v.to(), objectHigh, at, source == null ? null : source.phrase(),
                    o.narrativeRules() || passive(s, v));
            if (after != null) {
                target = new Side(after, Candidate.WHOLE);
            }
        }
        if (o.narrativeRules() && code.startsWith("05") && target != null && target.phrase().compound()
                && afterBetween(s, target.phrase())) {
            // "signed the Treaty on Allied Relations between Kazakhstan and Uzbekistan": the two are the parties
            source = new Side(target.phrase(), 0);
            target = new Side(target.phrase(), 1);
            srcHow = "first of \"between A and B\"";
            tgtHow = "second of \"between A and B\"";
        }
        if (o.narrativeRules() && !v.nominal() && source == null && target == null) {
            Side[] between = between(s, v.to(), high, at);
            if (between == null && passive(s, v)) {
                // "a memorandum ... between Iran and Azerbaijan was signed": the participants are in the subject
                between = between(s, patternLow, v.from(), at);
            }
            if (between != null) {
                source = between[0];
                target = between[1];
                srcHow = "first of \"between A and B\"";
                tgtHow = "second of \"between A and B\"";
            } else if (code.startsWith("057") && passive(s, v) && !hasActorBefore(s, v, at)) {
                // "A land border treaty was signed in Hanoi": a treaty with no parties named is the pair's
                source = new Side(PAIR, Candidate.PAIR_FIRST);
                target = new Side(PAIR, Candidate.PAIR_SECOND);
                srcHow = "no party named: the pair in focus";
                tgtHow = srcHow;
            }
        }
        if (o.newActorLength() > 0 && !v.nominal()) {
            if (source == null && !passive) {
                ActorPhrase np = NewActors.before(s, v, low, at, skip, o.newActorLength());
                source = np == null ? null : new Side(np, Candidate.WHOLE);
            }
            if (target == null) {
                ActorPhrase np = NewActors.after(s, v, high, at, skip, o.newActorLength());
                target = np == null ? null : new Side(np, Candidate.WHOLE);
            }
        }
        Modality modality = Modality.ASSERTED;
        boolean intent = false;
        if (o.narrativeRules() && code.startsWith("04") && wishedFor(s, v)) {
            // "wanted to meet Putin", "hopes to visit Baku": the wish is the event, an intent to meet
            code = "036";
            intent = true;
        } else if (o.narrativeRules()) {
            modality = modality(s, v, low);
            if (modality == null) {
                return source != null ? source : previousSource; // habitual or generic: not an event
            }
        }
        boolean jointSource = source != null && (source.phrase().compound() || source.phrase().pair
                || source.phrase().joint);
        if (o.narrativeRules() && (source == null || target == null) && (!v.nominal() || code.startsWith("057")
                && source != null) && !intent && !relation && !jointSource
                && (code.startsWith("05") || code.startsWith("06") || code.startsWith("07") || code.startsWith("03"))) {
            r.sideless.add(new Sideless(v, fired, code, modality, source, target, relation));
            return source != null ? source : previousSource;
        }
        if (invited && modality == Modality.ASSERTED) {
            modality = Modality.PLANNED;
        }
        int before = r.candidates.size();
        emit(s, v, fired, code, source, target, modality, relation, o, r);
        for (int k = before; k < r.candidates.size(); k++) {
            Candidate c = r.candidates.get(k);
            c.sourceHow = c.reversed ? tgtHow : srcHow;
            c.targetHow = c.reversed ? srcHow : tgtHow;
            c.intent = intent;
        }
        return source != null ? source : previousSource;
    }

    private static final Set<String> INVITING = Set.of("INVITED", "INVITE", "INVITES", "INVITING", "ASKED", "URGED",
            "ENCOURAGED");

    /**
     * The actor a verb of inviting or asking governs, when the event is its infinitive: "invited
     * President Aliyev to pay an official visit", "asked Moscow to mediate"; null otherwise.
     */
    private static ActorPhrase invitee(Sentence s, VerbOccurrence v, ActorPhrase[] at) {
        int k = v.from() - 1;
        int words = 0;
        while (k >= 0 && words < 4 && at[k] == null && s.is(k, TokenKind.WORD) && !s.upper(k).equals("TO")
                && Character.isLowerCase(s.surface(k).charAt(0))) {
            k--;
            words++;
        }
        if (k < 2 || !s.upper(k).equals("TO") || words > 0 && !v.nominal() || words == 0 && v.nominal()) {
            return null;
        }
        ActorPhrase p = at[k - 1];
        if (p == null || p.pronoun || p.units.isEmpty() && !p.pair || p.end != k || p.start < 1) {
            return null;
        }
        return INVITING.contains(s.upper(p.start - 1)) ? p : null;
    }

    /** "a memorandum on expanding ... cooperation": the verb names a document's topic. */
    private static boolean topicOfDocument(Sentence s, VerbOccurrence v) {
        int k = v.from() - 1;
        if (k < 1) {
            return false;
        }
        String p = s.upper(k);
        if (!p.equals("ON") && !p.equals("ABOUT") && !p.equals("CONCERNING") && !p.equals("REGARDING")
                && !p.equals("OF") && !p.equals("FOR")) {
            return false;
        }
        for (int q = k - 1; q >= 0 && q >= k - 4; q--) {
            if (TOPIC_HEADS.contains(s.upper(q))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isNullCode(String code) {
        return code == null || code.isBlank() || code.equals("---") || code.equals("+++") || code.equals("###");
    }

    /** Where the clause of a verb starts, for lower pattern matching: the previous ";" or the sentence start. */
    private static int clauseLow(Sentence s, VerbOccurrence v, ActorPhrase[] at) {
        for (int k = v.from() - 1; k >= 0; k--) {
            if (s.upper(k).equals(";")) {
                return k + 1;
            }
        }
        return 0;
    }

    /** "was opposed (earlier) by": a past form after a form of "be", adverbs allowed between. */
    private static boolean passive(Sentence s, VerbOccurrence v) {
        if (!v.form().past()) {
            return false;
        }
        int k = v.from() - 1;
        int steps = 0;
        while (k >= 0 && steps < 4 && (s.upper(k).endsWith("LY") || s.upper(k).equals("AND") || s.upper(k).equals("NOT")
                || s.upper(k).equals("N'T") || s.upper(k).equals(","))) {
            k--;
            steps++;
        }
        return k >= 0 && Words.BE.contains(s.upper(k)) && !s.is(k, TokenKind.POSSESSIVE);
    }

    private static ActorPhrase byPhrase(Sentence s, int from, int high, ActorPhrase[] at) {
        for (int k = from; k < high - 1 && k < from + 8; k++) {
            if (s.upper(k).equals("BY")) {
                int q = k + 1;
                if (q < high && at[q] != null && (at[q].start == q || at[q].start == q - 0) && !at[q].units.isEmpty()
                        || q < high && at[q] != null && at[q].pair) {
                    return at[q];
                }
                if (q + 1 < high && at[q + 1] != null && s.upper(q).equals("THE")) {
                    return at[q + 1];
                }
            }
        }
        return null;
    }

    /** First actor phrase starting at or after {@code from}, other than {@code not}. */
    private ActorPhrase firstAfter(Sentence s, int from, int high, ActorPhrase[] at, ActorPhrase not) {
        return firstAfter(s, from, high, at, not, true);
    }

    private ActorPhrase firstAfter(Sentence s, int from, int high, ActorPhrase[] at, ActorPhrase not,
                                   boolean intoInfinitives) {
        for (int k = from; k < high; k++) {
            if (s.upper(k).equals(",") && at[k] == null && clauseFollows(s, k + 1, at)) {
                return null;
            }
            if (intoInfinitives && s.upper(k).equals(",") && at[k] == null && k + 2 < high
                    && (s.upper(k + 1).equals("AND") || s.upper(k + 1).equals("BUT"))
                    && (Words.PREPOSITIONS.contains(s.upper(k + 2)) || s.upper(k + 2).equals("THE"))) {
                return null; // "signed a treaty in Tbilisi, and on 3 June the prime ministers ...": another clause
            }
            if (intoInfinitives && k > from + 1 && at[k] == null && (s.upper(k).equals("THAT") || s.upper(k).equals("WHICH")
                    || s.upper(k).equals("WHO")) && at[k - 1] == null && s.is(k - 1, TokenKind.WORD)
                    && Character.isLowerCase(s.surface(k - 1).charAt(0)) && s.upper(k - 1).endsWith("S")
                    && !Words.REPORTING.contains(s.upper(k - 1))) {
                return null; // "detained several ships that were sailing to Sukhumi": the object is the ships
            }
            if (intoInfinitives && s.upper(k).equals(",") && at[k] == null && k + 1 < high
                    && (CONTRASTS.contains(s.upper(k + 1)) || s.upper(k + 1).equals("BECAUSE"))) {
                return null; // "produced an agreement, although Georgian officials ...": a clause of its own
            }
            if (!intoInfinitives && k == from && s.upper(k).equals("TO") && k + 1 < high && at[k + 1] == null
                    && s.is(k + 1, TokenKind.WORD) && Character.isLowerCase(s.surface(k + 1).charAt(0))
                    && !Words.DETERMINERS.contains(s.upper(k + 1)) && !Words.PRONOUNS.contains(s.upper(k + 1))) {
                return null;
            }
            if (intoInfinitives && TEMPORAL_PREPOSITIONS.contains(s.upper(k)) && k > from) {
                // "signed five agreements during a visit by X": a circumstance, not the object
                int q = k + 1;
                while (q < high && !s.upper(q).equals(",") && (at[q] != null || s.is(q, TokenKind.WORD)
                        && !Words.AUXILIARIES.contains(s.upper(q)))) {
                    q++;
                }
                k = q - 1;
                continue;
            }
            ActorPhrase p = at[k];
            if (p != null && p != not && !p.pronoun && (p.start >= from || p.start == k) && (!p.units.isEmpty() || p.pair)) {
                if (intoInfinitives && p.start - 1 >= from && isPlace(p) && (s.upper(p.start - 1).equals("IN")
                        || s.upper(p.start - 1).equals("AT"))) {
                    k = p.end - 1;
                    continue; // "met in Tbilisi": where, not with whom
                }
                if (p.start >= 2 && s.upper(p.start - 1).equals("OF") && WITNESS_NOUNS.contains(s.upper(p.start - 2))) {
                    k = p.end - 1;
                    continue; // "signed ... in the presence of King Salman": a witness, not the counterpart
                }
                return p;
            }
        }
        return null;
    }

    private static final Set<String> WITNESS_NOUNS = Set.of("PRESENCE", "PARTICIPATION", "MEDIATION", "AUSPICES",
            "SPONSORSHIP", "HELP");

    /** A capital or other place standing alone: a location when it follows "in" or "at". */
    private static boolean isPlace(ActorPhrase p) {
        return p.units.size() == 1 && p.units.get(0).capital && p.units.get(0).suffixes.isEmpty();
    }

    /** After a comma, a clause of its own: a verb before the next comma ("..., a senior official said"). */
    private boolean clauseFollows(Sentence s, int from, ActorPhrase[] at) {
        for (int k = from; k < s.size(); k++) {
            String u = s.upper(k);
            if (u.equals(",") || u.equals(";") || u.equals(".")) {
                return false;
            }
            if (at[k] != null || !s.is(k, TokenKind.WORD) || Words.AUXILIARIES.contains(u)) {
                continue;
            }
            if (Words.REPORTING.contains(u) || k == from && Words.RELATIVES.contains(u) && !u.equals("THAT")) {
                return true;
            }
        }
        return false;
    }

    /** The subject of a verb: the first actor of its clause that is not inside a prepositional phrase. */
    private ActorPhrase subject(Sentence s, VerbOccurrence v, ActorPhrase[] at, int low) {
        int verbFrom = v.from();
        // a pronoun right before the verb is its subject ("he said"): unknown here
        int pk = verbFrom - 1;
        while (pk >= low && (Words.AUXILIARIES.contains(s.upper(pk)) || s.upper(pk).endsWith("LY")
                || Words.NEGATIONS.contains(s.upper(pk)))) {
            pk--;
        }
        if (pk >= low && Words.PRONOUNS.contains(s.upper(pk)) && at[pk] == null) {
            // "Ethiopia indicated it would act": the pronoun stands for the subject of the clause before
            if (pk > low && !s.upper(pk - 1).equals(",") && !Words.REPORTING.contains(s.upper(pk - 1))) {
                return firstSubjectIn(s, low, pk, at);
            }
            return null;
        }
        // a relative or subordinate clause the verb is in
        for (int k = verbFrom - 1; k >= low; k--) {
            String u = s.upper(k);
            if (isBoundary(s, k, at) && !u.equals(",")) {
                break;
            }
            if (at[k] != null) {
                continue;
            }
            if ((u.equals("WHO") || u.equals("WHICH") || u.equals("THAT") && relativeThat(s, k, at))
                    && !verbBetween(s, k + 1, verbFrom, at)) {
                ActorPhrase inside = firstSubjectIn(s, k + 1, verbFrom, at);
                if (inside != null) {
                    return inside;
                }
                if (u.equals("THAT") || u.equals("WHO") || u.equals("WHICH")) {
                    return antecedent(s, k, at);
                }
            }
            if (u.equals("WHERE") && k + 1 < verbFrom) {
                // "met in Beijing, where the two sides signed": the clause's own subject, not the place
                ActorPhrase inside = firstSubjectIn(s, k + 1, verbFrom, at);
                if (inside != null) {
                    return inside;
                }
            }
            if (Words.SUBORDINATORS.contains(u) && !u.equals("AS") && k + 1 < verbFrom && !preposition(s, k, at)) {
                // the verb is in a subordinate clause: its subject is there or nowhere
                return firstSubjectIn(s, k + 1, verbFrom, at);
            }
            if (u.equals(",")) {
                break;
            }
        }
        int end = verbFrom;
        while (end > low) {
            int segStart = end - 1;
            while (segStart >= low && !isBoundary(s, segStart, at)) {
                segStart--;
            }
            ActorPhrase p = firstSubjectIn(s, segStart + 1, Math.min(end, verbFrom), at);
            if (p != null && !startsRelative(s, segStart + 1)) {
                return p;
            }
            if (segStart < low || !s.upper(segStart).equals(",") && !s.upper(segStart).equals("(")
                    && !s.upper(segStart).equals(")")) {
                return null;
            }
            end = segStart;
        }
        return null;
    }

    /** A verb between two positions: the relative clause before the verb is complete. */
    private boolean verbBetween(Sentence s, int from, int to, ActorPhrase[] at) {
        for (int k = from; k < to; k++) {
            if (at[k] != null || !s.is(k, TokenKind.WORD) || Words.AUXILIARIES.contains(s.upper(k))) {
                continue;
            }
            for (VerbDictionary.Form f : verbs.forms(s.upper(k))) {
                if (!f.block().nominal() && (f.past() || !f.word().equals(f.lemma()))) {
                    return true;
                }
            }
            if (s.upper(k).endsWith("ED") && Character.isLowerCase(s.surface(k).charAt(0)) && k > from) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsRelative(Sentence s, int k) {
        if (k >= s.size()) {
            return false;
        }
        String u = s.upper(k);
        return u.equals("WHO") || u.equals("WHICH") || u.equals("WHOSE") || u.equals("WHERE") || u.equals("WHOM");
    }

    /** "that" opening a relative clause: right after a noun phrase, before a verb-like word. */
    private static boolean relativeThat(Sentence s, int k, ActorPhrase[] at) {
        if (k == 0) {
            return false;
        }
        String prev = s.upper(k - 1);
        return at[k - 1] != null || Character.isLowerCase(s.surface(k - 1).charAt(0)) && !Words.REPORTING.contains(prev)
                && !prev.endsWith("ED") && !INTENT_VERBS.contains(prev) && s.is(k - 1, TokenKind.WORD)
                && !Words.PREPOSITIONS.contains(prev) && !prev.equals("SO") && !prev.equals("SUCH")
                && !prev.equals("BELIEVES") && !prev.equals("BELIEVE") && !prev.equals("NOTED");
    }

    /**
     * The phrase a relative pronoun at {@code k} refers to: the last actor phrase before it that
     * is not inside a prepositional phrase, else the last one.
     */
    private static ActorPhrase antecedent(Sentence s, int k, ActorPhrase[] at) {
        ActorPhrase last = null;
        for (int q = k - 1; q >= 0 && q >= k - 8; q--) {
            if (s.upper(q).equals(";")) {
                break;
            }
            if (at[q] != null && !at[q].pronoun) {
                ActorPhrase p = at[q];
                if (last == null) {
                    last = p;
                }
                int b = p.start - 1;
                if (b < 0 || !Words.PREPOSITIONS.contains(s.upper(b))) {
                    return p;
                }
                q = p.start;
            }
        }
        return last;
    }

    /** "after" as a preposition ("after a 12-year rift") rather than a conjunction ("after crowds trashed"). */
    private boolean preposition(Sentence s, int k, ActorPhrase[] at) {
        String u = s.upper(k);
        if (!Words.PREPOSITIONS.contains(u)) {
            return false;
        }
        // a conjunction is followed by a clause: a subject and a verb-like word before the next comma
        for (int q = k + 1; q < s.size() && q < k + 8; q++) {
            String w = s.upper(q);
            if (w.equals(",") || w.equals(".")) {
                return true;
            }
            if (Words.AUXILIARIES.contains(w) || w.endsWith("ED") && q > k + 1) {
                return false;
            }
            if (q > k + 1 && at[q] == null && isVerbForm(w) && (at[q - 1] != null && at[q - 1].end == q
                    || q > k + 2 && at[q - 2] != null && at[q - 2].end == q - 1 && s.upper(q - 1).endsWith("S")
                    && Character.isLowerCase(s.surface(q - 1).charAt(0)))) {
                return false; // "after Pakistani troops occupy", "after Turkish jets shot down": an actor, then its verb
            }
        }
        return true;
    }

    /** A word the verb dictionary knows as a verb (not only as an event noun). */
    private boolean isVerbForm(String upper) {
        for (VerbDictionary.Form f : verbs.forms(upper)) {
            if (!f.block().nominal()) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> CONTRASTS = Set.of("BUT", "WHILE", "WHEREAS", "ALTHOUGH", "THOUGH");

    private static boolean isBoundary(Sentence s, int k, ActorPhrase[] at) {
        String u = s.upper(k);
        if (u.equals(",")) {
            boolean[] dc = DATE_COMMAS.get();
            return at[k] == null && !(dc != null && k < dc.length && dc[k]);
        }
        return u.equals(";") || u.equals(":") || u.equals("--") || u.equals("(") || u.equals(")");
    }

    /** The first phrase in {@code [from, to)} that is not the object of a preposition. */
    private static ActorPhrase firstSubjectIn(Sentence s, int from, int to, ActorPhrase[] at) {
        // an introductory prepositional phrase ("On improvement of ..., he said") holds no subject
        if (from >= 0 && from < to && Words.PREPOSITIONS.contains(s.upper(from)) && !s.upper(from).equals("OF")) {
            int comma = from;
            while (comma < to && !s.upper(comma).equals(",")) {
                comma++;
            }
            boolean[] dates = DATE_COMMAS.get();
            if (comma < to) {
                from = comma + 1;
            } else if (dates != null && from + 1 < dates.length && dates[from + 1]) {
                // "In 2004 Russia imposed ...": the prepositional phrase is the date
                int k = from + 1;
                while (k < to && k < dates.length && dates[k]) {
                    k++;
                }
                from = k;
            } else {
                // "In the following weeks India suspended ...": a phrase of lower-case words, then the subject
                int k = from + 1;
                int words = 0;
                while (k < to && at[k] == null && words < 5 && s.is(k, TokenKind.WORD)
                        && Character.isLowerCase(s.surface(k).charAt(0)) && !Words.AUXILIARIES.contains(s.upper(k))
                        && !Words.RELATIVES.contains(s.upper(k)) && !s.upper(k).endsWith("ED")) {
                    k++;
                    words++;
                }
                if (words == 0 || k >= to || at[k] == null || at[k].start != k) {
                    return null;
                }
                from = k;
            }
        }
        for (int k = Math.max(0, from); k < to; k++) {
            ActorPhrase p = at[k];
            if (p == null || p.start != k && k != from) {
                continue;
            }
            if (p.pronoun || p.units.isEmpty() && !p.pair) {
                k = p.end - 1;
                continue;
            }
            int before = p.start - 1;
            while (before >= from && (s.upper(before).equals("THE") || Character.isLowerCase(s.surface(before).charAt(0))
                    && s.is(before, TokenKind.WORD) && !Words.PREPOSITIONS.contains(s.upper(before))
                    && !Words.CONJUNCTIONS.contains(s.upper(before)) && !Words.AUXILIARIES.contains(s.upper(before))
                    && !Words.SUBORDINATORS.contains(s.upper(before)) && !Words.RELATIVES.contains(s.upper(before))
                    && before >= p.start - 3)) {
                before--;
            }
            if (before >= 0 && Words.PREPOSITIONS.contains(s.upper(before)) && !s.upper(before).equals("AS")
                    && !(s.upper(before).equals("OF") && ofSubject(s, from, before, at)) && before >= from) {
                k = p.end - 1;
                continue;
            }
            return p;
        }
        return null;
    }

    /** "The information ministry of Gondor": an actor after "of" in a subject without actors of its own. */
    private static boolean ofSubject(Sentence s, int from, int of, ActorPhrase[] at) {
        for (int k = from; k < of; k++) {
            if (at[k] != null || Words.PREPOSITIONS.contains(s.upper(k)) || Words.AUXILIARIES.contains(s.upper(k))) {
                return false;
            }
        }
        return of > from;
    }

    /** A verb coordinated with the one before it ("condemned ... and promised"): it shares the subject. */
    /**
     * Where the verb's object ends at the latest: at the next verb coordinated with it ("blamed
     * militant groups and recalled its envoy from Islamabad": Islamabad is not what was blamed).
     */
    private static int nextCoordinatedVerb(Sentence s, VerbOccurrence v, List<VerbOccurrence> all, int high) {
        int end = high;
        for (VerbOccurrence w : all) {
            if (w.from() > v.to() && w.from() < end && !w.nominal() && coordinated(s, w, all)) {
                end = w.from();
            }
        }
        for (int k = v.to(); k + 1 < end; k++) {
            if (s.upper(k).equals("AND") && Words.REPORTING.contains(s.upper(k + 1))) {
                return k; // "denied the accusations and said Tehran wanted ..."
            }
        }
        return end;
    }

    private static boolean coordinated(Sentence s, VerbOccurrence v, List<VerbOccurrence> all) {
        int k = v.from() - 1;
        while (k >= 0 && (s.upper(k).endsWith("LY") || Words.AUXILIARIES.contains(s.upper(k))
                || Words.NEGATIONS.contains(s.upper(k)))) {
            k--;
        }
        return k >= 0 && (s.upper(k).equals("AND") || s.upper(k).equals("BUT") || s.upper(k).equals("THEN"));
    }

    // ------------------------------------------------------------------ frames

    /**
     * The arguments of an event noun: the possessor or adjective before it, or "by X" after it,
     * is the source; "to/with/on/against X" after it the target; "between A and B" gives both.
     * Without a possessor, an event noun that is a verb's object takes that clause's subject
     * ("Hasanov made an official visit to Tehran").
     */
    private Side[] nominalFrame(Sentence s, VerbOccurrence v, ActorPhrase[] at, int low, int high) {
        Side source = null;
        Side target = null;
        int k = v.from() - 1;
        int modifiers = 0;
        while (k >= 0 && at[k] == null && modifiers < 4 && s.is(k, TokenKind.WORD)
                && (Character.isLowerCase(s.surface(k).charAt(0)) || s.is(k, TokenKind.NUMBER))
                && !Words.PREPOSITIONS.contains(s.upper(k)) && !Words.AUXILIARIES.contains(s.upper(k))
                && !Words.DETERMINERS.contains(s.upper(k)) && !Words.CONJUNCTIONS.contains(s.upper(k))) {
            k--;
            modifiers++;
        }
        while (k >= 0 && s.is(k, TokenKind.NUMBER)) {
            k--;
        }
        if (k >= 0 && (s.is(k, TokenKind.POSSESSIVE))) {
            k--;
        }
        boolean venue = VENUES.contains(s.upper(v.word())) && k >= 0 && at[k] != null && !at[k].joint && !at[k].pair
                && organisation(at[k]);
        if (!venue && k >= 0 && at[k] != null && (!at[k].units.isEmpty() || at[k].pair || at[k].pronoun)) {
            ActorPhrase p = at[k];
            if (p.joint || p.pair) {
                return new Side[] {new Side(p, p.pair ? Candidate.PAIR_FIRST : 0),
                        new Side(p, p.pair ? Candidate.PAIR_SECOND : 1)};
            }
            source = new Side(p, p.pronoun ? Candidate.PRONOUN : Candidate.WHOLE);
            if (p.pronoun) {
                // "Nazarbayev paid his first state visit to Beijing": the possessive is the clause's subject
                ActorPhrase subj = subject(s, v, at, low);
                if (subj != null && !subj.pronoun && subj.end <= p.start && objectOfClause(s, v, subj)) {
                    source = new Side(subj, Candidate.WHOLE);
                }
            }
        }
        // after the noun: by / of / to / with / on / between
        int limit = Math.min(high, v.to() + (v.to() < s.size() && HELD.contains(s.upper(v.to())) ? 24 : 12));
        for (int q = v.to(); q < limit; q++) {
            String u = s.upper(q);
            if (u.equals(",") && q + 1 < limit && !Words.PREPOSITIONS.contains(s.upper(q + 1))) {
                break;
            }
            if (q > v.to() && isVerbForm(u) && !s.upper(q - 1).equals("THE") && at[q] == null
                    && !Words.PREPOSITIONS.contains(s.upper(q - 1)) && !VENUES.contains(u)) {
                break; // the next verb starts another clause
            }
            if (!Words.PREPOSITIONS.contains(u)) {
                continue;
            }
            int a = q + 1;
            while (a < limit && (s.upper(a).equals("THE") || s.upper(a).equals("A")
                    || Words.POSSESSIVE_PRONOUNS.contains(s.upper(a))
                    || PLACE_NOUNS.contains(s.upper(a)) && a + 1 < limit && s.upper(a + 1).equals("OF"))) {
                a += PLACE_NOUNS.contains(s.upper(a)) ? 2 : 1; // "visits to the cities of Batumi and Kutaisi"
            }
            ActorPhrase p = a < limit ? at[a] : null;
            if (p == null || p.pronoun || p.units.isEmpty() && !p.pair) {
                continue;
            }
            if (p.end < s.size() && VENUES.contains(s.upper(p.end))) {
                q = p.end; // "at the CIS summit": where, not with whom
                continue;
            }
            if ((u.equals("IN") || u.equals("AT")) && q - 1 == v.to() && HELD.contains(s.upper(q - 1)) && source == null
                    && isPlace(p)) {
                // "negotiations held in Tbilisi with X": the host is the other side
                source = new Side(p, Candidate.WHOLE);
                q = p.end - 1;
                continue;
            }
            if (u.equals("BETWEEN") && (p.compound() || p.pair || p.joint)) {
                return new Side[] {new Side(p, p.pair ? Candidate.PAIR_FIRST : 0),
                        new Side(p, p.pair ? Candidate.PAIR_SECOND : 1)};
            }
            if (u.equals("BY") && source == null) {
                source = new Side(p, Candidate.WHOLE);
            } else if (u.equals("OF") && target == null && q == v.to()) {
                target = new Side(p, Candidate.WHOLE);
            } else if (LIGHT_VERB_OBJECT_PREPS.contains(u) && target == null) {
                target = new Side(p, Candidate.WHOLE);
            }
            q = p.end - 1;
        }
        if (source == null) {
            ActorPhrase subj = subject(s, v, at, low);
            if (subj != null && (target == null || subj != target.phrase()) && objectOfClause(s, v, subj)) {
                source = new Side(subj, subj.pair ? Candidate.WHOLE : Candidate.WHOLE);
            }
        }
        String nounCode = v.form().effectiveCode();
        if (source == null && target != null && nounCode != null && nounCode.startsWith("04")) {
            // "At a meeting with Iran's envoy, the Azerbaijani President said ...": an introductory
            // phrase's meeting is with the main clause's subject
            ActorPhrase main = introductoryPhraseSubject(s, v, at, high);
            if (main != null && main != target.phrase()) {
                source = new Side(main, Candidate.WHOLE);
            }
        }
        return new Side[] {source, target};
    }

    /** "the OIC summit": an organisation hosting, not a participant. */
    private static boolean organisation(ActorPhrase p) {
        for (ActorPhrase.Resolved x : p.resolve(null, null)) {
            if (x.country() != null && !x.code().startsWith("IGO") && !x.code().startsWith("NGO")) {
                return false;
            }
        }
        return true;
    }

    private static final Set<String> PLACE_NOUNS = Set.of("CITY", "CITIES", "PORT", "PORTS", "TOWN", "TOWNS",
            "PROVINCE", "REGION");

    /** Nouns that, after "the", "this", refer back to another side's act: "welcomed the initiative". */
    private static final Set<String> REFERRING_OBJECTS = Set.of("INITIATIVE", "PROPOSAL", "DECISION", "OFFER",
            "DEMAND", "DEMANDS", "REQUEST", "PLAN", "IDEA", "MOVE", "STEP", "STEPS", "INVITATION", "PROPOSALS");

    /**
     * "Kazakhstan welcomed the initiative", "Berlin rejected the demand": praise or rejection of
     * an act the text has just told (a definite noun naming a proposal), the other side's.
     */
    static boolean refersBackToCounterpart(Sentence s, Candidate c) {
        return refersBackToCounterpart(s, c.verb, c.code);
    }

    static boolean refersBackToCounterpart(Sentence s, VerbOccurrence v, String code) {
        if (code == null || v.nominal() || !(code.startsWith("05") || code.startsWith("12"))) {
            return false;
        }
        int k = v.to();
        if (k + 1 >= s.size() || !(s.upper(k).equals("THE") || s.upper(k).equals("THIS") || s.upper(k).equals("THESE"))) {
            return false;
        }
        k++;
        if (k + 1 < s.size() && Character.isLowerCase(s.surface(k).charAt(0)) && !REFERRING_OBJECTS.contains(s.upper(k))
                && REFERRING_OBJECTS.contains(s.upper(k + 1))) {
            k++; // "the Chinese initiative" is handled by the actor; "the new initiative"
        }
        return REFERRING_OBJECTS.contains(s.upper(k)) && (k + 1 >= s.size() || !s.upper(k + 1).equals("OF"));
    }

    private static final Set<String> VENUES = Set.of("SUMMIT", "SUMMITS", "SESSION", "CONFERENCE", "FORUM",
            "MEETING", "ASSEMBLY", "CONGRESS");
    private static final Set<String> HELD = Set.of("HELD", "CONDUCTED", "ORGANIZED", "ORGANISED");

    /**
     * The subject of the main clause after an introductory phrase holding the noun ("At a meeting
     * with X, [the President] said"): the phrase opens the sentence (after a date) and ends at a
     * comma, and the subject stands right after that comma.
     */
    private static ActorPhrase introductoryPhraseSubject(Sentence s, VerbOccurrence v, ActorPhrase[] at, int high) {
        int k = v.from() - 1;
        while (k >= 0 && !s.upper(k).equals(",") && !s.upper(k).equals(";")) {
            k--;
        }
        boolean[] dates = DATE_COMMAS.get();
        // the phrase opens the sentence or follows an introductory date ("In April 1995, at a meeting ...")
        if (k >= 0) {
            for (int q = 0; q < k; q++) {
                if (at[q] != null || !(dates != null && q < dates.length && dates[q]) && !Words.PREPOSITIONS.contains(s.upper(q))
                        && s.is(q, TokenKind.WORD) && q > 0) {
                    return null;
                }
            }
        }
        int start = k + 1;
        String first = s.upper(start);
        if (!first.equals("AT") && !first.equals("DURING") && !first.equals("IN")) {
            return null;
        }
        int comma = v.to();
        while (comma < high && !s.upper(comma).equals(",")) {
            comma++;
        }
        if (comma + 1 >= high) {
            return null;
        }
        int j = comma + 1;
        if (j < s.size() && at[j] == null && (s.upper(j).equals("THE") || s.upper(j).equals("A"))) {
            j++;
        }
        ActorPhrase p = j < s.size() ? at[j] : null;
        if (p == null || p.pronoun || p.units.isEmpty() || p.start > comma + 2) {
            return null;
        }
        return p;
    }

    /** True when the noun stands after its clause's subject and a verb ("Hasanov made ... visit"). */
    private static boolean objectOfClause(Sentence s, VerbOccurrence v, ActorPhrase subj) {
        if (subj.end > v.from()) {
            return false;
        }
        for (int k = subj.end; k < v.from(); k++) {
            String u = s.upper(k);
            if (s.is(k, TokenKind.WORD) && Character.isLowerCase(s.surface(k).charAt(0))
                    && (u.endsWith("ED") || Words.AUXILIARIES.contains(u) || u.equals("MADE") || u.equals("PAID")
                    || u.equals("HELD") || u.equals("BEGAN") || u.equals("TOOK") || u.equals("GAVE")
                    || u.equals("MAKES") || u.equals("PAYS") || u.equals("HOLDS"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Relations as the event's subject or object: "Azerbaijani-Iranian relations entered a new
     * phase", "developing relations between Azerbaijan and Iran", "led to cooled relations". The
     * sides are the actors attached to the relation noun; when none are, the pair in focus.
     */
    private Side[] relationFrame(Sentence s, VerbOccurrence v, PatternMatcher.Match m, ActorPhrase[] at) {
        int n = s.size();
        int noun = -1;
        int from = m != null ? m.from : v.from();
        int to = m != null ? m.to : v.to();
        for (int k = Math.max(0, from - 6); k < Math.min(n, to + 3); k++) {
            if (RELATION_NOUNS.contains(s.upper(k)) && (k < v.from() || k >= v.to())) {
                noun = k;
                if (k >= v.to()) {
                    break;
                }
            }
        }
        if (noun < 0) {
            return null;
        }
        // "between A and B" / "with B" after the noun
        for (int q = noun + 1; q < Math.min(n, noun + 4); q++) {
            String u = s.upper(q);
            int a = q + 1;
            if (a < n && s.upper(a).equals("THE")) {
                a++;
            }
            ActorPhrase p = a < n ? at[a] : null;
            if (p != null && u.equals("BETWEEN") && (p.compound() || p.pair || p.joint)) {
                return new Side[] {new Side(p, p.pair ? Candidate.PAIR_FIRST : 0),
                        new Side(p, p.pair ? Candidate.PAIR_SECOND : 1)};
            }
            if (p != null && u.equals("WITH") && !p.units.isEmpty()) {
                ActorPhrase owner = ownerBefore(s, noun, at);
                return new Side[] {owner == null ? null : new Side(owner, Candidate.WHOLE), new Side(p, Candidate.WHOLE)};
            }
        }
        // an adjective pair or owner before the noun: "Azerbaijani-Iranian political relations", "Iran's ties"
        ActorPhrase owner = ownerBefore(s, noun, at);
        if (owner != null) {
            if (owner.joint || owner.pair || owner.compound()) {
                return new Side[] {new Side(owner, owner.pair ? Candidate.PAIR_FIRST : 0),
                        new Side(owner, owner.pair ? Candidate.PAIR_SECOND : 1)};
            }
            return new Side[] {new Side(owner, Candidate.WHOLE), null};
        }
        // bare "relations": the pair in focus
        return new Side[] {new Side(PAIR, Candidate.PAIR_FIRST), new Side(PAIR, Candidate.PAIR_SECOND)};
    }

    private static boolean fightingOrTruce(String code) {
        return code.startsWith("087") || code.startsWith("19");
    }

    /**
     * The event noun opens its sentence as its subject: only a date, a dash, a determiner or
     * lower-case modifiers stand before it ("Nov. 26 \u2013 A ceasefire ...", "Heavy fighting ...").
     */
    private static boolean openingSubject(Sentence s, VerbOccurrence v, ActorPhrase[] at) {
        boolean[] dates = DATE_COMMAS.get();
        for (int k = 0; k < v.from(); k++) {
            String u = s.upper(k);
            boolean date = dates != null && k < dates.length && dates[k];
            if (at[k] != null || !(date || u.equals("\u2013") || u.equals("-") || u.equals("--") || u.equals(":")
                    || u.equals("\u2014") || Words.DETERMINERS.contains(u) || k == v.from() - 1 && adjectiveLike(s, k))) {
                return false;
            }
        }
        return true;
    }

    /** An actor phrase in the verb's clause before it (its subject or a party named there). */
    private static boolean hasActorBefore(Sentence s, VerbOccurrence v, ActorPhrase[] at) {
        for (int k = v.from() - 1; k >= 0 && !s.upper(k).equals(";") && !s.upper(k).equals(","); k--) {
            if (at[k] != null && (!at[k].units.isEmpty() || at[k].pair)) {
                return true;
            }
        }
        return false;
    }

    private static boolean afterBetween(Sentence s, ActorPhrase p) {
        int k = p.start - 1;
        if (k >= 0 && s.upper(k).equals("THE")) {
            k--;
        }
        return k >= 0 && s.upper(k).equals("BETWEEN");
    }

    /** "between A and B" shortly after the verb: both participants of a joint act. */
    private static Side[] between(Sentence s, int from, int high, ActorPhrase[] at) {
        for (int q = from; q < Math.min(high - 1, from + 14); q++) {
            if (s.upper(q).equals("BETWEEN")) {
                int a = q + 1;
                if (a < high && s.upper(a).equals("THE")) {
                    a++;
                }
                ActorPhrase p = a < high ? at[a] : null;
                if (p != null && (p.compound() || p.pair || p.joint)) {
                    return new Side[] {new Side(p, p.pair ? Candidate.PAIR_FIRST : 0),
                            new Side(p, p.pair ? Candidate.PAIR_SECOND : 1)};
                }
                return null;
            }
        }
        return null;
    }

    /** Opening an embassy or consulate: without a named host, the host is the other state of the pair. */
    static boolean aboutMissions(VerbPattern p) {
        for (VerbPattern.Element e : p.lower()) {
            if ("&MISSION".equals(e.word())) {
                return true;
            }
        }
        for (VerbPattern.Element e : p.upper()) {
            if ("&MISSION".equals(e.word())) {
                return true;
            }
        }
        return false;
    }

    private static boolean aboutRelations(VerbPattern p) {
        for (VerbPattern.Element e : p.lower()) {
            if (e.word() != null && (e.word().equals("&RELATION") || RELATION_NOUNS.contains(e.word()))) {
                return true;
            }
        }
        for (VerbPattern.Element e : p.upper()) {
            if (e.word() != null && (e.word().equals("&RELATION") || RELATION_NOUNS.contains(e.word()))) {
                return true;
            }
        }
        return false;
    }

    /** A placeholder phrase for the pair in focus when the text names neither side. */
    static final ActorPhrase PAIR = new ActorPhrase(-1, -1, List.of(), true, false, false);

    private static ActorPhrase ownerBefore(Sentence s, int noun, ActorPhrase[] at) {
        int k = noun - 1;
        int modifiers = 0;
        while (k >= 0 && at[k] == null && modifiers < 3 && s.is(k, TokenKind.WORD) && !Words.PREPOSITIONS.contains(s.upper(k))
                && !Words.DETERMINERS.contains(s.upper(k)) && !Words.AUXILIARIES.contains(s.upper(k))) {
            k--;
            modifiers++;
        }
        if (k >= 0 && s.is(k, TokenKind.POSSESSIVE)) {
            k--;
        }
        if (k >= 0 && at[k] != null && (!at[k].units.isEmpty() || at[k].pair)) {
            return at[k];
        }
        return null;
    }

    // ------------------------------------------------------------------ compound patterns (%)

    private Side compound(Sentence s, VerbOccurrence v, VerbPattern p, String code, PatternMatcher.Match m,
                          CoderOptions o, Result r, Side previousSource) {
        ActorPhrase c = m.compound;
        if (o.narrativeRules() && v.nominal() && c.start >= v.to() && !c.pair && !c.joint) {
            // "a meeting between A and B", "the talks of the presidents of A, B and C": the compound
            // after an event noun names its participants, each pair of them one joint event
            Modality mod = modality(s, v, 0);
            if (mod == null) {
                return previousSource;
            }
            for (int i = 0; i < c.units.size(); i++) {
                for (int j = i + 1; j < c.units.size(); j++) {
                    emit(s, v, p, code, new Side(c, i), new Side(c, j), mod, false, o, r);
                }
            }
            return previousSource;
        }
        // a compound after the verb is its target: "agrees with the Philippines and France"
        if (c.start >= v.to() && !c.pair && !c.joint) {
            ActorPhrase subj = m.source != null ? m.source : subject(s, v, r.phraseAt, 0);
            if (subj == null || subj == c) {
                return previousSource;
            }
            emit(s, v, p, code, new Side(subj, Candidate.WHOLE), new Side(c, Candidate.WHOLE), Modality.ASSERTED,
                    false, o, r);
            return new Side(subj, Candidate.WHOLE);
        }
        // a compound subject acts on the target, or (a joint act) within itself
        if (c.pair || c.joint || o.jointActsOnce()) {
            Side a = new Side(c, c.pair ? Candidate.PAIR_FIRST : 0);
            Side b = new Side(c, c.pair ? Candidate.PAIR_SECOND : 1);
            emit(s, v, p, code, a, b, Modality.ASSERTED, false, o, r);
            return a;
        }
        ActorPhrase target = m.target;
        for (int i = 0; i < c.units.size(); i++) {
            if (target != null) {
                emit(s, v, p, code, new Side(c, i), new Side(target, Candidate.WHOLE), Modality.ASSERTED, false, o, r);
                continue;
            }
            for (int j = 0; j < c.units.size(); j++) {
                if (i != j) {
                    r.candidates.add(new Candidate(v, p, firstCode(code), new Side(c, i), new Side(c, j)));
                }
            }
        }
        return new Side(c, 0);
    }

    private static String firstCode(String code) {
        int colon = code.indexOf(':');
        return colon < 0 ? code : code.substring(0, colon);
    }

    // ------------------------------------------------------------------ modality

    /**
     * How the event stands in the text: asserted, negated ("did not", "no agreements were
     * reached"), planned ("will visit", "plans to"), postponed; or null for a statement that is not
     * an event (habitual "often", generic "the council's task was to implement agreements", a
     * consequence "this document stimulated").
     */
    /**
     * "Relations have been strained since 1947": a state that has lasted, not an event of that
     * date (present perfect of "be" with "since" after the verb).
     */
    private static boolean continuingState(Sentence s, VerbOccurrence v) {
        int k = v.from() - 1;
        while (k >= 0 && s.upper(k).endsWith("LY")) {
            k--;
        }
        if (k < 1 || !s.upper(k).equals("BEEN") || !(s.upper(k - 1).equals("HAVE") || s.upper(k - 1).equals("HAS"))) {
            return false;
        }
        for (int q = v.to(); q < s.size() && !s.upper(q).equals(",") && !s.upper(q).equals(";"); q++) {
            if (s.upper(q).equals("SINCE")) {
                return true;
            }
        }
        return false;
    }

    /** A negation word that negates: not "no longer", "not only ... but also", "not just". */
    private static boolean negates(Sentence s, int k) {
        String u = s.upper(k);
        if (!Words.NEGATIONS.contains(u)) {
            return false;
        }
        String next = k + 1 < s.size() ? s.upper(k + 1) : "";
        return !(u.equals("NO") && next.equals("LONGER")
                || u.equals("NOT") && (next.equals("ONLY") || next.equals("JUST") || next.equals("MERELY")));
    }

    private static Modality modality(Sentence s, VerbOccurrence v, int low) {
        int from = Math.max(low, clauseStart(s, v.from()));
        boolean negated = false;
        boolean planned = false;
        boolean postponed = false;
        for (int k = from; k < v.from(); k++) {
            String u = s.upper(k);
            if (Words.HABITUAL.contains(u)) {
                return null;
            }
            if (k >= v.from() - 4 && negates(s, k)) {
                negated = true;
            }
            if (FAILURE_WORDS.contains(u) && k >= v.from() - 3) {
                negated = true;
            }
            if (Words.MODALS_FUTURE.contains(u) && k >= v.from() - 3) {
                planned = true;
            }
            if (Words.MODALS_HYPOTHETICAL.contains(u) && k >= v.from() - 3 && !u.equals("MAY")) {
                return null;
            }
            if (POSTPONE_WORDS.contains(u) && k >= v.from() - 4) {
                postponed = true;
            }
        }
        if (continuingState(s, v)) {
            return null;
        }
        // "no successful agreements were reached": a negated noun subject
        for (int k = Math.max(from, v.from() - 6); k < v.from(); k++) {
            if (s.upper(k).equals("NO") && negates(s, k)) {
                negated = true;
            }
        }
        // a gerund subject of a hypothetical: "strengthening ties ... could be crucial"
        if (v.form().word().endsWith("ING") || v.nominal()) {
            for (int k = v.to(); k < Math.min(s.size(), v.to() + 10); k++) {
                String u = s.upper(k);
                if (u.equals(",") || u.equals(";") || u.equals(".")) {
                    break;
                }
                if (Words.MODALS_HYPOTHETICAL.contains(u) && !u.equals("MAY")) {
                    return null;
                }
            }
        }
        // a lasting state rather than an event: "has remained an ongoing source of tension"
        for (int k = Math.max(from, v.from() - 6); k < Math.min(s.size(), v.to() + 1); k++) {
            if (STATIVE.contains(s.upper(k))) {
                return null;
            }
        }
        // after the word: "was postponed", "were not held"
        for (int k = v.to(); k < Math.min(s.size(), v.to() + 3); k++) {
            String u = s.upper(k);
            if (POSTPONE_WORDS.contains(u)) {
                postponed = true;
            }
            if (Words.HABITUAL.contains(u)) {
                return null;
            }
        }
        // an infinitive: "the priority was to establish", "in order to", "to regulate relations, ..."
        int inf = infinitive(s, v);
        if (inf >= 0) {
            int k = inf - 1;
            while (k >= 0 && (s.upper(k).endsWith("LY") || s.upper(k).equals("NOT"))) {
                k--;
            }
            String gov = k >= 0 ? s.upper(k) : "";
            if (k < 0 || s.upper(k).equals(",") || gov.equals("ORDER") || Words.BE.contains(gov)
                    && k > 0 && GOAL_NOUNS.contains(s.upper(k - 1)) || GOAL_NOUNS.contains(gov)) {
                return null;
            }
            if (DESIRE_VERBS.contains(gov)) {
                return null; // "sought to expand its ties": a wish, not an event (a wish to meet is coded 036)
            }
            if (INTENT_VERBS.contains(gov)) {
                planned = true;
            }
            // "opportunities for Azerbaijani-Iranian relations to reach": a goal, not an event
            for (int q = inf - 1; q >= Math.max(0, inf - 6); q--) {
                if (s.upper(q).equals("FOR") && q > 0 && GOAL_NOUNS.contains(s.upper(q - 1))) {
                    return null;
                }
            }
        }
        // a consequence told about an earlier event: "This document stimulated ..."
        if (!v.nominal() && from + 1 < v.from() && (s.upper(from).equals("THIS") || s.upper(from).equals("THESE"))
                && ANAPHORIC_SUBJECTS.contains(s.upper(from + 1))) {
            return null;
        }
        if (negated) {
            return Modality.NEGATED;
        }
        if (postponed) {
            return Modality.POSTPONED;
        }
        if (prospective(s, v)) {
            planned = true; // "a future treaty", "the planned visit"
        }
        return planned ? Modality.PLANNED : Modality.ASSERTED;
    }

    /** The verb is the infinitive of a wish: "wanted to meet", "hopes to visit". */
    private static boolean wishedFor(Sentence s, VerbOccurrence v) {
        int inf = v.nominal() ? -1 : infinitive(s, v);
        return inf > 0 && DESIRE_VERBS.contains(s.upper(inf - 1)) && !s.upper(inf - 1).startsWith("TR")
                && !s.upper(inf - 1).startsWith("ATTEMPT");
    }

    private static final Set<String> PROSPECTIVE = Set.of("FUTURE", "PLANNED", "PROPOSED", "POSSIBLE", "POTENTIAL",
            "EVENTUAL", "EXPECTED", "PROSPECTIVE", "UPCOMING", "FORTHCOMING", "INTENDED", "ENVISAGED");

    /** An event noun after "future", "planned", "possible" (within two words): not yet an event. */
    private static boolean prospective(Sentence s, VerbOccurrence v) {
        if (!v.nominal()) {
            return false;
        }
        for (int k = v.from() - 1; k >= 0 && k >= v.from() - 3; k--) {
            if (PROSPECTIVE.contains(s.upper(k))) {
                return true;
            }
        }
        return false;
    }

    /** Position of a "to" making the verb an infinitive, or -1. */
    private static int infinitive(Sentence s, VerbOccurrence v) {
        int k = v.from() - 1;
        while (k >= 0 && (s.upper(k).endsWith("LY") || s.upper(k).equals("BE") || s.upper(k).equals("HAVE")
                || s.upper(k).equals("BEEN"))) {
            k--;
        }
        return k >= 0 && s.upper(k).equals("TO") ? k : -1;
    }

    private static int clauseStart(Sentence s, int from) {
        for (int k = from - 1; k >= 0; k--) {
            String u = s.upper(k);
            if (u.equals(";") || u.equals(",") || u.equals(":") || Words.RELATIVES.contains(u) && !u.equals("THAT")) {
                return k + 1;
            }
        }
        return 0;
    }

    // ------------------------------------------------------------------ emit

    private void emit(Sentence s, VerbOccurrence v, VerbPattern p, String code, Side source, Side target,
                      Modality modality, boolean relation, CoderOptions o, Result r) {
        String[] codes = code.split(":");
        Side src = source;
        Side tgt = target;
        if (o.narrativeRules()) {
            // a joint act of a compound or pair with no target: one event between its members
            if (tgt == null && src != null && src.unit() == Candidate.WHOLE && (src.phrase().compound()
                    || src.phrase().pair || src.phrase().joint)) {
                ActorPhrase ph = src.phrase();
                src = new Side(ph, ph.pair ? Candidate.PAIR_FIRST : 0);
                tgt = new Side(ph, ph.pair ? Candidate.PAIR_SECOND : 1);
            }
            if (src == null && tgt != null && tgt.unit() == Candidate.WHOLE && (tgt.phrase().compound()
                    || tgt.phrase().pair || tgt.phrase().joint)) {
                ActorPhrase ph = tgt.phrase();
                src = new Side(ph, ph.pair ? Candidate.PAIR_FIRST : 0);
                tgt = new Side(ph, ph.pair ? Candidate.PAIR_SECOND : 1);
            }
        }
        if (src == null && tgt == null && o.narrativeRules() && v.nominal() && fightingOrTruce(codes[0])
                && openingSubject(s, v, r.phraseAt)) {
            // "A ceasefire ... takes effect", "Fighting broke out": in a text about a pair, between the two
            src = new Side(PAIR, Candidate.PAIR_FIRST);
            tgt = new Side(PAIR, Candidate.PAIR_SECOND);
        }
        if (src == null && tgt == null) {
            if (o.narrativeRules() && v.nominal() && (definite(s, v) || !r.dates.isEmpty()) && !prospective(s, v)) {
                Candidate c = new Candidate(v, p, codes[0], Side.NONE, Side.NONE);
                c.antecedent = true;
                c.modality = modality;
                r.candidates.add(c);
            }
            return;
        }
        if (o.requireDyad() && (src == null || tgt == null) && !(o.narrativeRules() && relation)) {
            if (!(o.narrativeRules() && (v.nominal() || src != null && (actsOnCounterpart(codes[0])
                    || refersBackToCounterpart(s, v, codes[0]))))) {
                return;
            }
        }
        Side s0 = src == null ? Side.NONE : src;
        Side t0 = tgt == null ? Side.NONE : tgt;
        for (Side a : expand(s0)) {
            for (Side b : expand(t0)) {
                if (!a.isNone() && !b.isNone() && a.phrase() == b.phrase() && a.unit() == b.unit()) {
                    continue;
                }
                Candidate c = new Candidate(v, p, codes[0], a, b);
                c.modality = modality;
                c.relation = relation;
                c.targetPhraseAfter = !b.isNone() || nounPhraseAfter(s, v.to());
                r.candidates.add(c);
                if (codes.length > 1 && !isNullCode(codes[1])) {
                    Candidate back = new Candidate(v, p, codes[1], b, a);
                    back.modality = modality;
                    back.relation = relation;
                    back.reversed = true;
                    r.candidates.add(back);
                }
            }
        }
    }

    /**
     * Acts whose object, when the sentence names none, is the counterpart in the text's pair:
     * demands, threats, protests, reduced relations, coercion, force and releases ("Moscow has
     * demanded an apology", "Pakistan releases the pilot"). Not criticism or rejection, whose
     * uncoded object is usually a third party ("blamed militant groups", "denied the accusations").
     */
    static boolean actsOnCounterpart(String code) {
        if (code == null || code.length() < 2) {
            return false;
        }
        String root = code.substring(0, 2);
        return root.equals("08") || root.compareTo("10") >= 0 && root.compareTo("20") <= 0 && !root.equals("15")
                && !root.equals("11") && !root.equals("12");
    }

    /** A noun phrase after the verb, coded or not: "said on Saturday", "burned down its embassy"; not "said today". */
    private static boolean nounPhraseAfter(Sentence s, int k) {
        while (k < s.size() && s.upper(k).endsWith("LY")) {
            k++;
        }
        if (k >= s.size()) {
            return false;
        }
        String u = s.upper(k);
        return Words.DETERMINERS.contains(u) || Words.POSSESSIVE_PRONOUNS.contains(u) || s.capitalized(k)
                || Words.PREPOSITIONS.contains(u) && k + 1 < s.size() && s.is(k + 1, TokenKind.WORD);
    }

    private static List<Side> expand(Side side) {
        if (side.isNone() || side.unit() != Candidate.WHOLE) {
            return List.of(side);
        }
        ActorPhrase p = side.phrase();
        if (p.pair) {
            return List.of(new Side(p, Candidate.PAIR_FIRST), new Side(p, Candidate.PAIR_SECOND));
        }
        if (p.units.size() <= 1) {
            return List.of(new Side(p, p.units.isEmpty() ? Candidate.WHOLE : 0));
        }
        List<Side> out = new ArrayList<>(p.units.size());
        for (int i = 0; i < p.units.size(); i++) {
            out.add(new Side(p, i));
        }
        return out;
    }

    /** "the negotiations", "these talks": an event noun referring back. */
    private static boolean definite(Sentence s, VerbOccurrence v) {
        int k = v.from() - 1;
        while (k >= 0 && s.is(k, TokenKind.WORD) && Character.isLowerCase(s.surface(k).charAt(0))
                && !Words.DETERMINERS.contains(s.upper(k)) && k >= v.from() - 2) {
            k--;
        }
        return k >= 0 && (s.upper(k).equals("THE") || s.upper(k).equals("THESE") || s.upper(k).equals("THIS")
                || s.upper(k).equals("THOSE"));
    }
}
