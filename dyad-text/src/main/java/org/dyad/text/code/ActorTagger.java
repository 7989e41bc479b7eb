package org.dyad.text.code;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dyad.text.dict.ActorEntry;
import org.dyad.text.dict.AgentEntry;
import org.dyad.text.dict.PhraseTrie;
import org.dyad.text.token.Sentence;
import org.dyad.text.token.TokenKind;

/**
 * Finds the actor phrases of a sentence: longest matches of the actor and agent dictionaries,
 * then the noun-phrase shapes that combine them, as PETRARCH's tests expect and narratives use:
 * <ul>
 * <li>actor with agents after it, possessive or not: "Arnor cleric", "Gondor's main opposition
 *     group", "Iranian Foreign Minister A.A. Vilayati";</li>
 * <li>prefix agents: "MSF Arnor" (NGOARN);</li>
 * <li>agents of or in actors, distributed over lists: "the government of Gondor", "the ambassadors
 *     of Arnor, Osgiliath and Gondor", "Lawmakers and officials in Fornost and Gondor";</li>
 * <li>lists: "Mordor, Rohan, Fornost and Bree", "Neither Galadriel nor Gollum";</li>
 * <li>references to the pair in focus ("the two countries", "both sides") and joint adjectives
 *     ("Azerbaijani-Iranian");</li>
 * <li>an agent alone: "a senior official" (---GOV).</li>
 * </ul>
 */
final class ActorTagger {
    private static final Set<String> PAIR_NOUNS = Set.of("COUNTRIES", "STATES", "SIDES", "PARTIES", "NATIONS",
            "NEIGHBORS", "NEIGHBOURS", "GOVERNMENTS", "CAPITALS", "REPUBLICS", "LEADERS", "PRESIDENTS");
    private static final Set<String> PAIR_HEADS = Set.of("TWO", "BOTH");

    private final PhraseTrie<ActorEntry> actors;
    private final PhraseTrie<AgentEntry> agents;
    private final boolean pairReferences;

    ActorTagger(PhraseTrie<ActorEntry> actors, PhraseTrie<AgentEntry> agents, boolean pairReferences) {
        this.actors = actors;
        this.agents = agents;
        this.pairReferences = pairReferences;
    }

    /** What a stretch of tokens was matched as. */
    private enum Type { ACTOR, AGENT, PAIR, JOINT, PRONOUN }

    private static final class Mention {
        final Type type;
        final int from;
        final int to;
        final ActorEntry actor;
        final AgentEntry agent;
        final List<ActorEntry> joint;

        Mention(Type type, int from, int to, ActorEntry actor, AgentEntry agent, List<ActorEntry> joint) {
            this.type = type;
            this.from = from;
            this.to = to;
            this.actor = actor;
            this.agent = agent;
            this.joint = joint;
        }
    }

    List<ActorPhrase> tag(Sentence s, boolean[] skip) {
        return tag(s, skip, null);
    }

    /** Tags with an extra dictionary of names learned from the document so far (may be null). */
    List<ActorPhrase> tag(Sentence s, boolean[] skip, PhraseTrie<ActorEntry> learned) {
        int n = s.size();
        Mention[] at = new Mention[n];
        this.learned.set(learned);
        try {
            findMentions(s, skip, at);
        } finally {
            this.learned.remove();
        }
        dropRegions(s, at);
        List<ActorPhrase> out = new ArrayList<>();
        int i = 0;
        while (i < n) {
            if (at[i] == null) {
                i++;
                continue;
            }
            int[] end = new int[1];
            ActorPhrase p = phrase(s, at, i, end);
            if (p != null) {
                out.add(p);
                i = Math.max(end[0], i + 1);
            } else {
                i++;
            }
        }
        return appositions(s, out);
    }

    private final ThreadLocal<PhraseTrie<ActorEntry>> learned = new ThreadLocal<>();

    /**
     * "Azerbaijan province", "the Moscow region": a region of a state, not the state. "The
     * Tashkent Declaration", "the Simla Agreement": a document named after a place, not an actor.
     */
    private static void dropRegions(Sentence s, Mention[] at) {
        for (int i = 0; i < at.length; i++) {
            Mention m = at[i];
            if (m != null && m.type == Type.ACTOR && m.to < s.size()) {
                String next = s.upper(m.to);
                if (next.equals("PROVINCE") || next.equals("REGION") || next.equals("OBLAST") || next.equals("OSTAN")) {
                    at[i] = null;
                } else if ((m.actor.kind() == ActorEntry.Kind.CAPITAL || m.actor.kind() == ActorEntry.Kind.PLACE)
                        && s.capitalized(m.to) && NAMED_AFTER_PLACES.contains(next)) {
                    at[i] = null;
                } else if (m.actor.kind() == ActorEntry.Kind.DEMONYM && namesDocument(s, m.to)) {
                    at[i] = null; // "signed the German–Polish Border Treaty": the adjectives name the treaty
                }
            }
        }
    }

    /**
     * After a demonym, a dash and capitalised words up to a capitalised document noun ("–Polish
     * Border Treaty", "State Border Agreement"): the demonym is part of the document's name.
     */
    private static boolean namesDocument(Sentence s, int k) {
        int n = s.size();
        for (int q = k; q < n && q < k + 5; q++) {
            String u = s.upper(q);
            if (s.capitalized(q) && NAMED_AFTER_PLACES.contains(u)) {
                return q > k;
            }
            boolean dash = u.equals("--") || u.equals("-") || u.equals("\u2013") || u.equals("\u2014");
            if (!dash && !(s.is(q, TokenKind.WORD) && s.capitalized(q))) {
                return false;
            }
        }
        return false;
    }

    /** Capitalised nouns that, after a place, name a document or process rather than the place's state. */
    private static final Set<String> NAMED_AFTER_PLACES = Set.of("DECLARATION", "AGREEMENT", "AGREEMENTS", "ACCORD",
            "ACCORDS", "TREATY", "PROTOCOL", "PROCESS", "COMMUNIQUE", "CONVENTION", "CHARTER", "FORMAT", "GROUP",
            "PACT", "CONFERENCE", "MEMORANDUM", "PRINCIPLES", "STATEMENT", "DOCUMENT", "INITIATIVE", "PLAN");

    /**
     * "the governor of Azerbaijan province, Abdulalizade, visited": a person named in apposition
     * to an office is that office-holder, and the person's own entry decides; "Abulfaz Elchibey, a
     * presidential candidate and chairman of ...": the apposition after a person describes them.
     */
    private static List<ActorPhrase> appositions(Sentence s, List<ActorPhrase> phrases) {
        List<ActorPhrase> out = new ArrayList<>(phrases.size());
        for (int k = 0; k < phrases.size(); k++) {
            ActorPhrase p = phrases.get(k);
            ActorPhrase q = k + 1 < phrases.size() ? phrases.get(k + 1) : null;
            if (q != null && p.units.size() == 1 && q.units.size() == 1 && q.start == p.end + 1 && p.end < s.size()
                    && s.upper(p.end).equals(",")) {
                ActorPhrase.Unit a = p.units.get(0);
                ActorPhrase.Unit b = q.units.get(0);
                boolean officeThenPerson = a.person == null && a.name == null && !a.suffixes.isEmpty() && b.person != null
                        && b.suffixes.isEmpty();
                boolean personThenOffice = (a.person != null || a.name != null) && b.person == null && b.name == null
                        && !b.suffixes.isEmpty() && (b.actor == null || a.person == null);
                if (officeThenPerson) {
                    ActorPhrase.Unit u = b.copy();
                    u.suffixes.addAll(a.suffixes);
                    u.from = a.from;
                    out.add(new ActorPhrase(p.start, q.end, List.of(u), false, false, false));
                    k++;
                    continue;
                }
                if (personThenOffice) {
                    out.add(p);
                    k++; // the apposition is the same person, not another actor
                    continue;
                }
            }
            out.add(p);
        }
        return out;
    }

    // ------------------------------------------------------------------ mentions

    private void findMentions(Sentence s, boolean[] skip, Mention[] at) {
        int n = s.size();
        int i = 0;
        while (i < n) {
            if (skip != null && skip[i] || !Words.isWordLike(s.upper(i)) && !s.is(i, TokenKind.WORD)) {
                i++;
                continue;
            }
            final int from = i;
            int la = actorLength(s, i);
            PhraseTrie<ActorEntry> extra = learned.get();
            if (extra != null) {
                int ll = extra.longest(s.uppers(), n, i);
                if (ll > 0 && ll >= la && s.capitalized(i)) { // the document's own names come first
                    at[i] = new Mention(Type.ACTOR, i, i + ll, extra.values(s.uppers(), n, i, ll).get(0), null, null);
                    i += ll;
                    continue;
                }
            }
            int lg = agents.longest(s.uppers(), n, i);
            if (pairReferences) {
                int lp = pairLength(s, i);
                if (lp > 0 && lp >= Math.max(la, lg)) {
                    at[i] = new Mention(Type.PAIR, i, i + lp, null, null, null);
                    i += lp;
                    continue;
                }
            }
            List<ActorEntry> dashed = la == 1 ? dashedPair(s, i) : null;
            if (dashed != null) {
                at[i] = new Mention(Type.JOINT, i, i + 3, null, null, dashed);
                i += 3;
                continue;
            }
            if (la > 0 && la >= lg) {
                ActorEntry e = actorEntry(s, from, la);
                at[i] = new Mention(Type.ACTOR, i, i + la, e, null, null);
                i += la;
            } else if (lg > 0) {
                AgentEntry g = agents.values(s.uppers(), n, from, lg).get(0);
                boolean plural = s.upper(i).endsWith("S") && !s.upper(i).endsWith("SS");
                if (pairReferences && lg == 1 && !plural && adjectiveUse(s, i + 1)) {
                    i += lg; // "official recognition", "military tensions": an adjective ("troops occupy": a noun)
                    continue;
                }
                at[i] = new Mention(Type.AGENT, i, i + lg, null, g, null);
                i += lg;
            } else {
                List<ActorEntry> joint = jointParts(s, i);
                if (joint != null) {
                    at[i] = new Mention(Type.JOINT, i, i + 1, null, null, joint);
                } else if (Words.POSSESSIVE_PRONOUNS.contains(s.upper(i)) && i + 1 < n && s.is(i + 1, TokenKind.WORD)
                        && actorLength(s, i + 1) == 0) {
                    // "his deputy" stands for the possessor; "his Iranian counterpart" names its own actor
                    at[i] = new Mention(Type.PRONOUN, i, i + 1, null, null, null);
                }
                i++;
            }
        }
    }

    /**
     * An agent word followed by a lower-case noun is an adjective ("official visit"); followed by a
     * verb ("the official said"), a preposition or nothing, a noun.
     */
    private static boolean adjectiveUse(Sentence s, int next) {
        if (next >= s.size() || !s.is(next, TokenKind.WORD)) {
            return false;
        }
        String u = s.upper(next);
        if (u.equals("AND") || u.equals("OR")) {
            if (next + 1 >= s.size() || !s.is(next + 1, TokenKind.WORD)) {
                return false;
            }
            String w = s.upper(next + 1);
            return Character.isLowerCase(s.surface(next + 1).charAt(0)) && !Words.DETERMINERS.contains(w)
                    && !w.endsWith("ED") && !w.endsWith("ING") && !Words.AUXILIARIES.contains(w);
        }
        if (!Character.isLowerCase(s.surface(next).charAt(0)) || Words.PREPOSITIONS.contains(u)
                || Words.AUXILIARIES.contains(u) || Words.REPORTING.contains(u) || Words.RELATIVES.contains(u)
                || Words.CONJUNCTIONS.contains(u) || Words.NEGATIONS.contains(u) || u.endsWith("ED") || u.endsWith("LY")) {
            return false;
        }
        return true;
    }

    /** Longest actor phrase at {@code i} whose case rule the text satisfies. */
    private int actorLength(Sentence s, int i) {
        int n = s.size();
        int len = actors.longest(s.uppers(), n, i);
        while (len > 0) {
            final int l = len;
            for (ActorEntry e : actors.values(s.uppers(), n, i, l)) {
                if (caseOk(s, i, l, e)) {
                    return len;
                }
            }
            // try a shorter phrase
            int shorter = 0;
            for (int k = len - 1; k > 0; k--) {
                if (!actors.values(s.uppers(), n, i, k).isEmpty()) {
                    shorter = k;
                    break;
                }
            }
            len = shorter;
        }
        return 0;
    }

    private ActorEntry actorEntry(Sentence s, int i, int len) {
        int n = s.size();
        for (ActorEntry e : actors.values(s.uppers(), n, i, len)) {
            if (caseOk(s, i, len, e)) {
                return e;
            }
        }
        return null;
    }

    private static boolean caseOk(Sentence s, int i, int len, ActorEntry e) {
        switch (e.caseRule()) {
            case CAPITALIZED:
                return s.capitalized(i) && s.capitalized(i + len - 1);
            case UPPER:
                for (int k = i; k < i + len; k++) {
                    if (!s.surface(k).equals(s.upper(k))) {
                        return false;
                    }
                }
                return true;
            default:
                return true;
        }
    }

    /** "the two countries", "both sides", "the parties": length of the reference at {@code i}, or 0. */
    private static int pairLength(Sentence s, int i) {
        int n = s.size();
        String u = s.upper(i);
        if (u.equals("THE") && i + 2 < n && PAIR_HEADS.contains(s.upper(i + 1)) && PAIR_NOUNS.contains(s.upper(i + 2))) {
            return 3;
        }
        if (PAIR_HEADS.contains(u) && i + 1 < n && PAIR_NOUNS.contains(s.upper(i + 1))) {
            return 2;
        }
        if (u.equals("THE") && i + 1 < n && (s.upper(i + 1).equals("PARTIES") || s.upper(i + 1).equals("SIDES"))) {
            return 2;
        }
        if (u.equals("BILATERAL") || u.equals("MUTUAL") && i + 1 < n && s.upper(i + 1).startsWith("RELATION")) {
            return 1;
        }
        return 0;
    }

    /**
     * "German \u2013 Polish" (a dash the tokenizer keeps apart): two one-word demonyms or states
     * joined by a dash before a noun, as in "the German\u2013Polish Border Treaty".
     */
    private List<ActorEntry> dashedPair(Sentence s, int i) {
        int n = s.size();
        if (i + 3 >= n || !(s.upper(i + 1).equals("\u2013") || s.upper(i + 1).equals("-")) || actorLength(s, i + 2) != 1
                || !s.is(i + 3, TokenKind.WORD)) {
            return null;
        }
        ActorEntry a = actorEntry(s, i, 1);
        ActorEntry b = actorEntry(s, i + 2, 1);
        if (a == null || b == null || a.kind() == ActorEntry.Kind.PERSON || b.kind() == ActorEntry.Kind.PERSON
                || a.kind() == ActorEntry.Kind.PLACE || b.kind() == ActorEntry.Kind.PLACE) {
            return null;
        }
        return List.of(a, b);
    }

    /** "Azerbaijani-Iranian": every hyphen-separated part is a one-word actor. */
    private List<ActorEntry> jointParts(Sentence s, int i) {
        String u = s.upper(i);
        if (u.indexOf('-') <= 0 || !s.is(i, TokenKind.WORD)) {
            return null;
        }
        String[] parts = u.split("-");
        String[] surface = s.surface(i).split("-");
        if (parts.length < 2 || surface.length != parts.length) {
            return null;
        }
        List<ActorEntry> out = new ArrayList<>(parts.length);
        for (int p = 0; p < parts.length; p++) {
            final String part = parts[p];
            List<ActorEntry> v = actors.values(k -> k == 0 ? part : null, 0, 1);
            ActorEntry found = null;
            for (ActorEntry e : v) {
                if (e.caseRule() == ActorEntry.CaseRule.ANY || Character.isUpperCase(surface[p].charAt(0))) {
                    found = e;
                    break;
                }
            }
            if (found == null) {
                return null;
            }
            out.add(found);
        }
        return out;
    }

    // ------------------------------------------------------------------ phrases

    /** Parses a phrase (a list of groups) starting at a mention; sets end[0]. */
    private ActorPhrase phrase(Sentence s, Mention[] at, int i, int[] end) {
        Mention m = at[i];
        if (m.type == Type.PAIR) {
            end[0] = m.to;
            return new ActorPhrase(startWithDeterminer(s, i), m.to, List.of(), true, false, false);
        }
        if (m.type == Type.JOINT) {
            List<ActorPhrase.Unit> units = new ArrayList<>();
            for (ActorEntry e : m.joint) {
                ActorPhrase.Unit u = new ActorPhrase.Unit();
                u.actor = e;
                u.from = i;
                u.to = i + 1;
                units.add(u);
            }
            end[0] = i + 1;
            return new ActorPhrase(i, i + 1, units, false, true, false);
        }
        if (m.type == Type.PRONOUN) {
            end[0] = i + 1;
            return new ActorPhrase(i, i + 1, List.of(), false, false, true);
        }
        List<ActorPhrase.Unit> units = new ArrayList<>();
        int[] next = new int[1];
        List<ActorPhrase.Unit> g = group(s, at, i, next);
        if (g == null) {
            return null;
        }
        units.addAll(g);
        int j = next[0];
        int groups = 1;
        boolean listClosed = false;
        // lists: , X  , X  and X  , and X  or X  nor X
        int open = startWithDeterminer(s, i);
        boolean afterBetween = open > 0 && s.upper(open - 1).equals("BETWEEN");
        while (j < s.size()) {
            int k = j;
            String u = s.upper(k);
            boolean comma = u.equals(",");
            if (comma) {
                k++;
                // "between Armenia's Prime Minister, Armen Darbinyan, and ...": a name in apposition
                int q = k;
                while (q < s.size() && q - k < 4 && at[q] == null && s.capitalized(q)
                        && (s.is(q, TokenKind.WORD) || s.upper(q).endsWith("."))) {
                    q++;
                }
                if (q > k && q + 2 < s.size() && s.upper(q).equals(",") && (s.upper(q + 1).equals("AND")
                        || s.upper(q + 1).equals("OR")) && units.size() == 1 && units.get(0).name == null
                        && units.get(0).person == null) {
                    units.get(0).name = s.text(k, q).replace('\n', ' ');
                    k = q + 1;
                }
            }
            boolean conj = k < s.size() && (s.upper(k).equals("AND") || s.upper(k).equals("OR") || s.upper(k).equals("NOR"));
            if (conj) {
                k++;
            }
            if (!comma && !conj) {
                break;
            }
            if (comma && conj && groups == 1 && !afterBetween) {
                break; // "did not condemn Moscow, and Georgian President X criticised": a new clause, not "A, and B"
            }
            if (conj && k + 1 < s.size() && (s.upper(k).equals("HIS") || s.upper(k).equals("HER"))
                    && at[k + 1] != null) {
                k++; // "Genscher and his Polish counterpart Skubiszewski"
            }
            if (k >= s.size() || at[k] == null) {
                k = skipDeterminersAndAdjectives(s, at, k);
            }
            if (k >= s.size() || at[k] == null || at[k].type == Type.PRONOUN || at[k].type == Type.PAIR) {
                break;
            }
            int[] nx = new int[1];
            List<ActorPhrase.Unit> more = group(s, at, k, nx);
            if (more == null) {
                break;
            }
            units.addAll(more);
            groups++;
            j = nx[0];
            if (conj) {
                listClosed = true;
                break; // "A, B and C": the conjunction ends the list
            }
        }
        if (groups > 1 && !listClosed) {
            // "Zanjani, Azerbaijan's Prime Minister Hasanov": commas without a conjunction are apposition
            units.subList(g.size(), units.size()).clear();
            j = next[0];
            groups = 1;
        }
        if (groups == 1 && j < s.size() && s.upper(j).equals(",") && units.size() == 1) {
            j = next[0];
        }
        end[0] = j;
        int start = startWithDeterminer(s, i);
        if (start > 0 && s.upper(start - 1).equals("NEITHER")) {
            start--;
        }
        return new ActorPhrase(start, j, units, false, false, false);
    }

    private static int startWithDeterminer(Sentence s, int i) {
        return i > 0 && (s.upper(i - 1).equals("THE") || s.upper(i - 1).equals("A") || s.upper(i - 1).equals("AN"))
                ? i - 1 : i;
    }

    /** Skips "the", "a" and up to three lower-case adjectives before a mention. */
    private static int skipDeterminersAndAdjectives(Sentence s, Mention[] at, int k) {
        int n = s.size();
        if (k < n && (s.upper(k).equals("THE") || s.upper(k).equals("A") || s.upper(k).equals("AN"))) {
            k++;
        }
        int adjectives = 0;
        while (k < n && at[k] == null && adjectives < 3 && isModifier(s, k)) {
            k++;
            adjectives++;
        }
        return k;
    }

    /** A word that may modify a noun: a lower-case content word, or a capitalised adjective at a list start. */
    private static boolean isModifier(Sentence s, int k) {
        String u = s.upper(k);
        if (!s.is(k, TokenKind.WORD) || Words.PREPOSITIONS.contains(u) || Words.AUXILIARIES.contains(u)
                || Words.CONJUNCTIONS.contains(u) || Words.DETERMINERS.contains(u) || Words.RELATIVES.contains(u)
                || Words.PRONOUNS.contains(u)) {
            return false;
        }
        return Character.isLowerCase(s.surface(k).charAt(0));
    }

    /**
     * One group: [agents (of|in|from) actors] | [prefix agents] core [agents] [person]. Returns its
     * units (several when agents or actors are listed) and sets next[0] past it.
     */
    private List<ActorPhrase.Unit> group(Sentence s, Mention[] at, int i, int[] next) {
        int n = s.size();
        int j = i;
        List<AgentEntry> prefixes = new ArrayList<>(1);
        List<List<AgentEntry>> agentAlternatives = new ArrayList<>();
        // leading agents: "MSF", "Lawmakers and officials", "President"
        while (j < n && at[j] != null && at[j].type == Type.AGENT) {
            if (at[j].agent.prefix()) {
                prefixes.add(at[j].agent);
            } else {
                agentAlternatives.add(new ArrayList<>(List.of(at[j].agent)));
            }
            j = at[j].to;
            // "human rights activists of Gonzo GMO": plural agent
            if (j + 1 < n && s.upper(j).equals("AND") && at[j + 1] != null && at[j + 1].type == Type.AGENT
                    && !at[j + 1].agent.prefix()) {
                j++;
                continue;
            }
            // an adjective before the next agent: "security officials"
            int k = j;
            while (k < n && at[k] == null && isModifier(s, k) && k - j < 2) {
                k++;
            }
            if (k < n && k > j && at[k] != null && at[k].type == Type.AGENT) {
                j = k;
                continue;
            }
            if (j < n && at[j] != null && at[j].type == Type.AGENT) {
                // two agents in a row qualify one another: "government newspaper"
                List<AgentEntry> last = agentAlternatives.isEmpty() ? null : agentAlternatives.get(agentAlternatives.size() - 1);
                if (last != null && !at[j].agent.prefix()) {
                    last.add(at[j].agent);
                    j = at[j].to;
                }
            }
            break;
        }
        j = skipOfficeName(s, at, j, !agentAlternatives.isEmpty());
        if (j < n && at[j] != null && at[j].type == Type.ACTOR) {
            List<ActorPhrase.Unit> core = core(s, at, j, next);
            List<ActorPhrase.Unit> out = new ArrayList<>();
            for (ActorPhrase.Unit u : core) {
                for (List<AgentEntry> alt : agentAlternatives.isEmpty() ? List.of(List.<AgentEntry>of()) : agentAlternatives) {
                    ActorPhrase.Unit c = u.copy();
                    c.prefixes.addAll(0, prefixes);
                    c.suffixes.addAll(alt);
                    c.from = i;
                    if (!alt.isEmpty()) {
                        c.weak = false;
                    }
                    out.add(c);
                }
            }
            return out;
        }
        if (agentAlternatives.isEmpty() && prefixes.isEmpty()) {
            return null;
        }
        // agents of / in / from actors: distribute over the actor list
        int k = j;
        if (k < n && (s.upper(k).equals("OF") || s.upper(k).equals("IN") || s.upper(k).equals("FROM"))) {
            k++;
            k = skipDeterminersAndAdjectives(s, at, k);
            if (k < n && at[k] != null && at[k].type == Type.ACTOR) {
                List<ActorPhrase.Unit> actorsListed = new ArrayList<>();
                int[] nx = new int[1];
                actorsListed.addAll(core(s, at, k, nx));
                int m = nx[0];
                while (m < n) {
                    int q = m;
                    boolean comma = s.upper(q).equals(",");
                    if (comma) {
                        q++;
                    }
                    boolean conj = q < n && (s.upper(q).equals("AND") || s.upper(q).equals("OR"));
                    if (conj) {
                        q++;
                    }
                    if (!comma && !conj) {
                        break;
                    }
                    q = skipDeterminersAndAdjectives(s, at, q);
                    if (q >= n || at[q] == null || at[q].type != Type.ACTOR) {
                        break;
                    }
                    actorsListed.addAll(core(s, at, q, nx));
                    m = nx[0];
                    if (conj) {
                        break;
                    }
                }
                String name = null;
                if (actorsListed.size() == 1 && agentAlternatives.size() == 1 && actorsListed.get(0).person == null) {
                    // "President of the Republic of Kazakhstan Kassym-Jomart Tokayev"
                    int e = nameAfter(s, at, m);
                    if (e > m) {
                        name = s.text(m, e).replace('\n', ' ');
                        m = e;
                    }
                }
                List<ActorPhrase.Unit> out = new ArrayList<>();
                for (List<AgentEntry> alt : agentAlternatives.isEmpty() ? List.of(List.<AgentEntry>of()) : agentAlternatives) {
                    for (ActorPhrase.Unit a : actorsListed) {
                        ActorPhrase.Unit c = a.copy();
                        c.prefixes.addAll(0, prefixes);
                        c.suffixes.addAll(0, alt);
                        c.weak = false;
                        c.from = i;
                        if (name != null) {
                            c.name = name;
                            c.to = m;
                        }
                        out.add(c);
                    }
                }
                next[0] = m;
                return out;
            }
        }
        // agents alone: "a senior official" is ---GOV; "Prime Minister Indira Gandhi" names the holder
        String name = null;
        if (agentAlternatives.size() == 1 && prefixes.isEmpty()) {
            int e = nameAfter(s, at, j);
            if (e > j) {
                name = s.text(j, e).replace('\n', ' ');
                j = e;
                // "President Shavkat Mirziyoyev of Uzbekistan": the office-holder's state follows the name
                int q = j + 1;
                if (q < n && s.upper(j).equals("OF")) {
                    q = skipDeterminersAndAdjectives(s, at, q);
                }
                if (j < n && s.upper(j).equals("OF") && q < n && at[q] != null && at[q].type == Type.ACTOR
                        && at[q].actor.kind() != ActorEntry.Kind.PERSON && at[q].actor.kind() != ActorEntry.Kind.PLACE) {
                    int[] nx = new int[1];
                    List<ActorPhrase.Unit> core = core(s, at, q, nx);
                    if (core.size() == 1 && core.get(0).person == null) {
                        ActorPhrase.Unit c = core.get(0).copy();
                        c.suffixes.addAll(0, agentAlternatives.get(0));
                        c.weak = false;
                        c.from = i;
                        c.name = name;
                        c.to = nx[0];
                        next[0] = nx[0];
                        return List.of(c);
                    }
                }
            }
        }
        List<ActorPhrase.Unit> out = new ArrayList<>();
        for (List<AgentEntry> alt : agentAlternatives.isEmpty() ? List.of(List.<AgentEntry>of()) : agentAlternatives) {
            ActorPhrase.Unit u = new ActorPhrase.Unit();
            u.prefixes.addAll(prefixes);
            u.suffixes.addAll(alt);
            u.from = i;
            u.to = j;
            u.name = name;
            out.add(u);
        }
        next[0] = j;
        return out;
    }

    /** A capitalised word of a title before an agent: "first Deputy Prime Minister". */
    private static boolean titleWordBeforeAgent(Sentence s, Mention[] at, int q) {
        if (!s.is(q, TokenKind.WORD) || !s.capitalized(q) || Words.DETERMINERS.contains(s.upper(q))) {
            return false;
        }
        for (int k = q + 1; k < s.size() && k <= q + 2; k++) {
            if (at[k] != null) {
                return at[k].type == Type.AGENT;
            }
            if (!s.is(k, TokenKind.WORD) || !s.capitalized(k)) {
                return false;
            }
        }
        return false;
    }

    /** After an office, "of Economy and Finance" (capitalised words, no actor) belongs to the title. */
    private static int skipOfficeName(Sentence s, Mention[] at, int j, boolean afterAgent) {
        int n = s.size();
        if (!afterAgent || j + 1 >= n || !(s.upper(j).equals("OF") || s.upper(j).equals("FOR")) || at[j + 1] != null
                || !s.capitalized(j + 1)) {
            return j;
        }
        int k = j + 1;
        while (k < n && at[k] == null && (s.capitalized(k) || s.upper(k).equals("AND") && k + 1 < n
                && s.capitalized(k + 1))) {
            k++;
        }
        return k;
    }

    /**
     * An actor and what follows it: possessive, modifiers and agents ("Gondor's main opposition
     * group"), a person named after the office ("Prime Minister Hasan Hasanov"), or agents joined
     * by "and" ("Danish media and government", two units).
     */
    private List<ActorPhrase.Unit> core(Sentence s, Mention[] at, int j, int[] next) {
        int n = s.size();
        Mention m = at[j];
        ActorPhrase.Unit unit = new ActorPhrase.Unit();
        if (m.actor.kind() == ActorEntry.Kind.PERSON) {
            unit.person = m.actor;
        } else {
            unit.actor = m.actor;
        }
        unit.from = j;
        unit.to = m.to;
        unit.capital = m.actor.kind() == ActorEntry.Kind.CAPITAL || m.actor.kind() == ActorEntry.Kind.PLACE;
        unit.weak = m.actor.kind() == ActorEntry.Kind.DEMONYM || unit.capital;
        int k = m.to;
        boolean possessive = k < n && (s.upper(k).equals("'S") || s.upper(k).equals("'"));
        int q = possessive ? k + 1 : k;
        int modifiers = 0;
        while (q < n && at[q] == null && modifiers < 4 && (isModifier(s, q)
                || s.upper(q).equals("AND") && q + 1 < n && isModifier(s, q + 1) && modifiers > 0
                || titleWordBeforeAgent(s, at, q))) {
            q++;
            modifiers++;
        }
        List<ActorPhrase.Unit> out = new ArrayList<>();
        if (q < n && at[q] != null && at[q].type == Type.AGENT) {
            List<List<AgentEntry>> alternatives = new ArrayList<>();
            alternatives.add(new ArrayList<>(List.of(at[q].agent)));
            q = at[q].to;
            while (q < n) {
                if (at[q] != null && at[q].type == Type.AGENT) {
                    alternatives.get(alternatives.size() - 1).add(at[q].agent);
                    q = at[q].to;
                } else if (s.upper(q).equals("AND") && q + 1 < n && at[q + 1] != null && at[q + 1].type == Type.AGENT) {
                    alternatives.add(new ArrayList<>(List.of(at[q + 1].agent)));
                    q = at[q + 1].to;
                } else {
                    break;
                }
            }
            q = skipOfficeName(s, at, q, true);
            // a person or the same actor named after the office: "Prime Minister Romendacil"
            if (q < n && at[q] != null && at[q].type == Type.ACTOR && at[q].actor.kind() != ActorEntry.Kind.DEMONYM
                    && at[q].actor.kind() != ActorEntry.Kind.CAPITAL && at[q].actor.kind() != ActorEntry.Kind.PLACE) {
                if (at[q].actor.kind() == ActorEntry.Kind.PERSON) {
                    unit.person = at[q].actor;
                } else if (unit.actor == null || sameRoot(unit.actor, at[q].actor)) {
                    unit.actor = unit.actor == null ? at[q].actor : unit.actor;
                } else {
                    q = -q - 1; // a different actor: not part of this phrase
                }
                if (q >= 0) {
                    q = at[q].to;
                } else {
                    q = -q - 1;
                }
            }
            String name = null;
            if (unit.person == null && alternatives.size() == 1) {
                int e = nameAfter(s, at, q);
                if (e > q) {
                    name = s.text(q, e).replace('\n', ' ');
                    q = e;
                }
            }
            for (List<AgentEntry> alt : alternatives) {
                ActorPhrase.Unit c = unit.copy();
                c.suffixes.addAll(alt);
                c.weak = false;
                c.to = q;
                c.name = name;
                out.add(c);
            }
            next[0] = q;
            return out;
        }
        // an office-less person after a country adjective: "Iranian ... Zanjani" is handled above;
        // a name right after an actor of the same country ("Bree Romendacil") merges
        if (k < n && at[k] != null && at[k].type == Type.ACTOR && at[k].actor.kind() == ActorEntry.Kind.PERSON
                && unit.person == null) {
            unit.person = at[k].actor;
            unit.weak = false;
            unit.to = at[k].to;
            next[0] = at[k].to;
            out.add(unit);
            return out;
        }
        next[0] = m.to;
        out.add(unit);
        return out;
    }

    /**
     * An unknown name right after an office: one to four capitalised words or initials that no
     * dictionary knows ("Levon Ter-Petrosyan", "M. Tahiri"). Returns its end, or {@code q} if none.
     */
    static int nameAfter(Sentence s, Mention[] at, int q) {
        int k = q;
        boolean word = false;
        while (k < s.size() && k < q + 4 && at[k] == null && s.is(k, TokenKind.WORD) && s.capitalized(k)) {
            String u = s.upper(k);
            if (DateTaggerWords.isDateWord(u) || Words.DETERMINERS.contains(u) || Words.PREPOSITIONS.contains(u)
                    || Words.PRONOUNS.contains(u) || Words.CONJUNCTIONS.contains(u)) {
                break;
            }
            word |= u.length() > 2 && !u.endsWith(".");
            k++;
        }
        return word ? k : q;
    }

    private static boolean sameRoot(ActorEntry a, ActorEntry b) {
        ActorEntry.CodeSpan x = a.codeOn(null);
        ActorEntry.CodeSpan y = b.codeOn(null);
        if (x == null || y == null || x.codes().isEmpty() || y.codes().isEmpty()) {
            return false;
        }
        String cx = x.codes().get(0);
        String cy = y.codes().get(0);
        return cx.length() >= 3 && cy.length() >= 3 && cx.substring(0, 3).equals(cy.substring(0, 3));
    }
}
