package org.dyad.text.code;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dyad.model.FuzzyDate;
import org.dyad.text.dict.ActorEntry;
import org.dyad.text.dict.AgentEntry;

/**
 * A noun phrase that names one or more actors: "Iranian Foreign Minister A.A. Vilayati",
 * "the ambassadors of Arnor, Osgiliath and Gondor", "the two countries". Its units are resolved
 * to CAMEO codes on the event's date (offices and date-restricted codes change over time).
 */
public final class ActorPhrase {
    private static final Set<String> NON_STATE_ROOTS = Set.of("IGO", "NGO", "NGM", "MNC", "IMG", "INT", "UIS", "---");

    final int start;
    final int end;
    final List<Unit> units;
    /** "the two countries", "both sides": the pair the text is about. */
    final boolean pair;
    /** "Azerbaijani-Iranian": two actors joined as one adjective. */
    final boolean joint;
    /** A pronoun ("his", "its") to resolve from context. */
    final boolean pronoun;

    ActorPhrase(int start, int end, List<Unit> units, boolean pair, boolean joint, boolean pronoun) {
        this.start = start;
        this.end = end;
        this.units = units;
        this.pair = pair;
        this.joint = joint;
        this.pronoun = pronoun;
    }

    /** One actor of the phrase: an actor entry (or a person) with the agents that qualify it. */
    static final class Unit {
        ActorEntry actor;
        ActorEntry person;
        final List<AgentEntry> prefixes = new ArrayList<>(1);
        final List<AgentEntry> suffixes = new ArrayList<>(2);
        int from;
        int to;
        /** The actor is only a country adjective or a capital, with no agent: weak evidence. */
        boolean weak;
        boolean capital;
        /** A person's name the dictionaries do not know, read after an office ("President Levon Ter-Petrosyan"). */
        String name;

        Unit copy() {
            Unit u = new Unit();
            u.actor = actor;
            u.person = person;
            u.name = name;
            u.prefixes.addAll(prefixes);
            u.suffixes.addAll(suffixes);
            u.from = from;
            u.to = to;
            u.weak = weak;
            u.capital = capital;
            return u;
        }

        boolean hasActor() {
            return actor != null || person != null;
        }
    }

    /** A resolved actor: its code, country (or null), and the person and office when named. */
    public record Resolved(String code, String country, String name, String role, String evidence) {
    }

    boolean compound() {
        return units.size() > 1 && !pair && !joint;
    }

    public int start() {
        return start;
    }

    public int end() {
        return end;
    }

    /** Resolves every unit on a date (null: undated). A unit whose code is null is dropped. */
    List<Resolved> resolve(FuzzyDate date, String text) {
        List<Resolved> out = new ArrayList<>(units.size());
        for (Unit u : units) {
            resolveUnit(u, date, text, out);
        }
        return out;
    }

    static void resolveUnit(Unit u, FuzzyDate date, String evidence, List<Resolved> out) {
        String name = null;
        String role = null;
        List<String> codes = new ArrayList<>(1);
        if (u.person != null) {
            ActorEntry.CodeSpan span = spanOn(u.person, date);
            name = u.person.name();
            if (span != null) {
                codes.addAll(span.codes());
                role = span.title();
            }
            if (u.actor != null && !codes.isEmpty()) {
                // "Azerbaijan's Prime Minister Hasan Hasanov": the person's office decides the sector
                String actorCode = firstCode(u.actor, date);
                if (actorCode != null && !codes.get(0).startsWith(actorCode.substring(0, Math.min(3, actorCode.length())))) {
                    codes.clear();
                    codes.add(actorCode);
                }
            }
        } else if (u.actor != null) {
            ActorEntry.CodeSpan span = spanOn(u.actor, date);
            if (span == null) {
                return;
            }
            if (span.codes().isEmpty()) {
                if (u.prefixes.isEmpty() && u.suffixes.isEmpty()) {
                    return; // a null-coded actor ([---]) with nothing to add
                }
                codes.add("---");
            } else {
                codes.addAll(span.codes());
            }
            if (u.actor.kind() == ActorEntry.Kind.PERSON) {
                name = u.actor.name();
                role = span.title();
            }
        } else {
            codes.add("---");
        }
        for (String c : codes) {
            String code = c;
            for (AgentEntry a : u.suffixes) {
                code = a.apply(code);
            }
            for (int k = u.prefixes.size() - 1; k >= 0; k--) {
                code = u.prefixes.get(k).apply(code);
            }
            if (role == null && !u.suffixes.isEmpty()) {
                role = titleCase(u.suffixes.get(u.suffixes.size() - 1).phrase());
            }
            out.add(new Resolved(code, countryOf(code), name != null ? name : u.name, role, evidence));
        }
    }

    private static String titleCase(String phrase) {
        StringBuilder b = new StringBuilder();
        for (String w : phrase.toLowerCase(java.util.Locale.ROOT).split(" ")) {
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(w.equals("of") || w.equals("and") ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1));
        }
        return b.toString();
    }

    private static String firstCode(ActorEntry e, FuzzyDate date) {
        ActorEntry.CodeSpan s = spanOn(e, date);
        return s == null || s.codes().isEmpty() ? null : s.codes().get(0);
    }

    static ActorEntry.CodeSpan spanOn(ActorEntry e, FuzzyDate date) {
        if (date == null) {
            return e.codeOn(null);
        }
        // the first restricted span overlapping the date, else the default
        LocalDate mid = date.earliest().plusDays(date.days() / 2);
        ActorEntry.CodeSpan exact = e.codeOn(date.precision() == org.dyad.model.Precision.DAY ? date.earliest() : mid);
        if (exact != null && exact.restricted()) {
            return exact;
        }
        for (ActorEntry.CodeSpan c : e.codes()) {
            if (c.restricted() && (c.from() == null || !date.latest().isBefore(c.from()))
                    && (c.to() == null || !date.earliest().isAfter(c.to()))) {
                return c;
            }
        }
        return exact;
    }

    /** The country of a code: its root, unless the root is a non-state one (IGO, NGO, ---). */
    static String countryOf(String code) {
        if (code == null || code.length() < 3) {
            return null;
        }
        String root = code.substring(0, 3);
        if (NON_STATE_ROOTS.contains(root) || !root.chars().allMatch(Character::isLetterOrDigit)) {
            return null;
        }
        return root;
    }
}
