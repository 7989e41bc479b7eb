package org.dyad.text.code;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.dyad.model.ActorCode;
import org.dyad.model.CameoCode;
import org.dyad.model.Dimension;
import org.dyad.model.Event;
import org.dyad.model.EventIds;
import org.dyad.model.FuzzyDate;
import org.dyad.model.Modality;
import org.dyad.model.Origin;
import org.dyad.model.Precision;
import org.dyad.model.Provenance;
import org.dyad.model.ontology.CameoOntology;
import org.dyad.model.ontology.GoldsteinScale;
import org.dyad.model.ontology.Ontology;
import org.dyad.text.charfilter.MappedText;
import org.dyad.text.date.DateMention;
import org.dyad.text.date.DateResolver;
import org.dyad.text.token.Sentence;

/**
 * Codes a document sentence by sentence, keeping what a reader keeps in mind: the running
 * reference time (the last date the text established, against which "of that year" and
 * "December 3rd" resolve, and which dates sentences that give none, at year precision), the pair
 * of states the text is about ("the two countries"), the events just told (which "the
 * negotiations" and "during this visit" refer back to). Mentions of one event are merged into one
 * record (the most precise date wins). Events leave in document order once they can no longer
 * merge, so memory stays flat however long the document is.
 *
 * <p>One instance per document; not thread-safe.
 */
public final class DocumentCoder {
    /** Sentences an event waits for later mentions before it is written. */
    private static final int WINDOW = 40;
    /** Sentences back that "the negotiations" may refer to. */
    private static final int ANTECEDENT_REACH = 4;

    /** An extracted event with the account of how it was found. */
    public record Extracted(Event event, Explanation explanation) {
    }

    private final SentenceCoder coder;
    private final CoderOptions options;
    private final String doc;
    private final LocalDate documentDate;
    private final String fixedA;
    private final String fixedB;
    private final Consumer<Extracted> out;
    private final CameoOntology cameo = Ontology.standard().cameo();
    private final Set<String> countries = new java.util.HashSet<>();

    private FuzzyDate reference;
    /** Persons the text introduced with their office ("Armenian President Levon Ter-Petrosyan"), by name and surname. */
    private final org.dyad.text.dict.PhraseTrie<org.dyad.text.dict.ActorEntry> learned = new org.dyad.text.dict.PhraseTrie<>();
    /** A date heading the paragraph ("12 March 1997 – ..."), which dates its undated sentences. */
    private FuzzyDate entryDate;
    private int entryParagraph = -1;
    private LocalDate datelineDate;
    private final Map<String, Integer> countryCounts = new HashMap<>();
    private final Deque<Pending> window = new ArrayDeque<>();
    private int sentenceIndex;
    private long skippedCodes;

    /** An event waiting in the window. */
    private static final class Pending {
        Event.Builder event;
        Explanation explanation;
        int sentence;
        String key;
        List<String> merged = new ArrayList<>();
    }

    public DocumentCoder(SentenceCoder coder, CoderOptions options, String doc, LocalDate documentDate,
                         String pairA, String pairB, Consumer<Extracted> out) {
        this.coder = coder;
        this.options = options;
        this.doc = doc;
        this.documentDate = documentDate;
        this.fixedA = pairA;
        this.fixedB = pairB;
        this.out = out;
        for (org.dyad.model.ontology.Country c : Ontology.standard().countries().all()) {
            countries.add(c.cameo());
        }
    }

    /** Events whose dictionary code is not a CAMEO code (test dictionaries), left out of the output. */
    public long skippedCodes() {
        return skippedCodes;
    }

    public void accept(Sentence s) {
        SentenceCoder.Result r = coder.code(s, options, learned);
        sentenceIndex++;
        FuzzyDate heading = yearHeading(s);
        if (heading != null) {
            reference = heading;
        }
        FuzzyDate before = reference;
        FuzzyDate[] resolved = resolveDates(r);
        noteEntryDate(s, r, resolved);
        countCountries(r);
        learnNames(s, r);
        if (r.discarded == null) {
            ActorPhrase.Resolved pronoun = firstSubject(r, before);
            for (Candidate c : r.candidates) {
                Pending p = build(s, r, c, resolved, before, pronoun);
                if (p != null) {
                    add(p);
                }
            }
        }
        flush(false);
    }

    /** Writes the events still waiting; call at the end of the document. */
    public void finish() {
        flush(true);
    }

    // ------------------------------------------------------------------ dates

    private FuzzyDate[] resolveDates(SentenceCoder.Result r) {
        List<DateMention> ms = r.dates;
        FuzzyDate[] d = new FuzzyDate[ms.size()];
        for (int i = 0; i < ms.size(); i++) {
            DateMention m = ms.get(i);
            FuzzyDate x = m.kind() == DateMention.Kind.EVENT_ANAPHOR ? lastEventDate() : null;
            if (x != null && m.unit() == DateMention.Unit.DAY && m.offset() != 0) {
                x = dayOf(x, m.offset()); // "On the first day of the visit"
            }
            if (x == null) {
                x = DateResolver.resolve(m, reference, documentDate != null ? documentDate : datelineDate);
            }
            d[i] = x;
            if (x != null) {
                reference = x;
            }
            if (i == 0 && x != null && documentDate == null && datelineDate == null
                    && m.kind() == DateMention.Kind.ABSOLUTE && x.precision() == Precision.DAY && !x.isRange()
                    && (sentenceIndex == 1 && m.from() <= 6 || sentenceIndex <= DATELINE_REACH && dateline(r.sentence, m))) {
                datelineDate = x.earliest(); // a news dateline: "BAKU, March 12, 1997 --"
            }
        }
        return d;
    }

    /** Sentences from the top of a document in which a dateline or date line may stand. */
    private static final int DATELINE_REACH = 6;
    private static final java.util.Set<String> DATELINE_LEADS = java.util.Set.of("POSTED", "PUBLISHED", "UPDATED",
            "DATED", "DATE", "ISSUED", "RELEASED", "RELEASE", "FOR", "IMMEDIATE", ":", "ON");

    /**
     * The shapes of a document's own date near its top: a line holding only a date ("March 16,
     * 2023", "Posted 30 December 2018") or a dateline, a place in capitals and a comma before the
     * date ("TASHKENT, 22 December 2022 \u2013"). A narrative's first dated sentence is neither.
     */
    private static boolean dateline(Sentence s, DateMention m) {
        boolean lineOfItsOwn = m.to() >= s.size() || m.to() + 1 == s.size() && !s.is(m.to(), org.dyad.text.token.TokenKind.WORD);
        boolean leads = true;
        for (int k = 0; k < m.from(); k++) {
            leads &= DATELINE_LEADS.contains(s.upper(k));
        }
        if (lineOfItsOwn && leads) {
            return true;
        }
        // PLACE[, COUNTRY], DATE
        if (m.from() < 2 || !s.upper(m.from() - 1).equals(",")) {
            return false;
        }
        for (int k = 0; k < m.from() - 1; k++) {
            String w = s.surface(k);
            if (!w.equals(",") && !(w.equals(w.toUpperCase(java.util.Locale.ROOT)) && Character.isLetter(w.charAt(0)))) {
                return false;
            }
        }
        return true;
    }

    /**
     * A paragraph that is only a year ("1994", "1994:") heads the chronology entries below it,
     * whose dates ("Oct. 3 \u2013", "November \u2013") give no year of their own.
     */
    private static FuzzyDate yearHeading(Sentence s) {
        if (!s.startsParagraph() || s.size() > 2 || !s.is(0, org.dyad.text.token.TokenKind.NUMBER)) {
            return null;
        }
        String u = s.upper(0);
        if (u.length() != 4 || s.size() == 2 && !s.upper(1).equals(":") && !s.upper(1).equals(".")) {
            return null;
        }
        int y;
        try {
            y = Integer.parseInt(u);
        } catch (NumberFormatException e) {
            return null;
        }
        return y >= 1000 && y <= 2100 ? FuzzyDate.year(y) : null;
    }

    /**
     * A paragraph opening with a date and a dash or colon is a chronology entry: its sentences
     * without a date of their own belong to that date. A news story's dateline gives the
     * document's date when none was given.
     */
    private void noteEntryDate(Sentence s, SentenceCoder.Result r, FuzzyDate[] resolved) {
        if (s.paragraph() != entryParagraph) {
            entryDate = null;
        }
        if (!s.startsParagraph() || r.dates.isEmpty() || resolved[0] == null) {
            return;
        }
        DateMention first = r.dates.get(0);
        if (first.from() > 3) {
            return;
        }
        int after = first.to();
        String next = after < s.size() ? s.upper(after) : "";
        if (next.equals("--") || next.equals("-") || next.equals(":") || next.equals("\u2013") || next.equals("\u2014")) {
            entryDate = resolved[0];
            entryParagraph = s.paragraph();
        }
    }

    /** The n-th day (1-based; -1 the last) of an event told at day precision; the event's date otherwise. */
    private static FuzzyDate dayOf(FuzzyDate event, int nth) {
        if (event.precision() != Precision.DAY) {
            return event;
        }
        java.time.LocalDate d = nth < 0 ? event.latest() : event.earliest().plusDays(nth - 1L);
        return d.isAfter(event.latest()) ? event : FuzzyDate.day(d);
    }

    private FuzzyDate lastEventDate() {
        Iterator<Pending> it = window.descendingIterator();
        while (it.hasNext()) {
            Pending p = it.next();
            if (p.event.code() != null && p.event.code().root().equals("04") && p.event.date() != null) {
                return p.event.date();
            }
        }
        return null;
    }

    /** "the Head of State", "the Foreign Minister": one office-holder the text has in mind, not "a senior official". */
    private static boolean definiteOffice(Sentence s, Candidate.Side side) {
        if (side == null || side.isNone() || side.phrase().units.size() != 1 || side.phrase().start < 0) {
            return false;
        }
        ActorPhrase p = side.phrase();
        return s.upper(p.start).equals("THE") && p.end - p.start <= 4 && !s.upper(p.end - 1).endsWith("S");
    }

    /** ", and" or ", but" between two positions: a coordinated clause starts, with its own date. */
    private static boolean coordinatedClauseBetween(Sentence s, int from, int to) {
        for (int k = from; k + 1 < to; k++) {
            if (s.upper(k).equals(",") && (s.upper(k + 1).equals("AND") || s.upper(k + 1).equals("BUT"))) {
                return true;
            }
        }
        return false;
    }

    private static boolean infinitiveBetween(Sentence s, int from, int to) {
        for (int k = from; k < to; k++) {
            if (s.upper(k).equals("TO") && k + 1 < to && s.is(k + 1, org.dyad.text.token.TokenKind.WORD)
                    && Character.isLowerCase(s.surface(k + 1).charAt(0))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The date of a candidate: a date mention in its clause (a date inside a relative clause
     * dates only that clause: "the party that came to power in mid-May"), else the event it
     * refers back to, else the running reference at year precision, else the document's date.
     */
    private FuzzyDate dateFor(Sentence s, SentenceCoder.Result r, Candidate c, FuzzyDate[] resolved, FuzzyDate before,
                              String[] how) {
        int best = -1;
        int bestDistance = Integer.MAX_VALUE;
        for (int i = 0; i < r.dates.size(); i++) {
            DateMention m = r.dates.get(i);
            if (resolved[i] == null || !sameScope(s, m, c.verb)) {
                continue;
            }
            if (m.from() >= c.verb.to() && (c.intent || participleBetween(s, c.verb.to(), m.from()))) {
                continue; // "appreciated the measures announced on March 6", "wanted to meet him on Monday"
            }
            if (m.from() >= c.verb.to() && coordinatedClauseBetween(s, c.verb.to(), m.from())) {
                continue; // "signed a treaty in Tbilisi, and on 3 June 1993, the prime ministers held talks"
            }
            if (m.from() >= c.verb.to() && c.code != null && c.code.startsWith("036") && !c.verb.nominal()
                    && infinitiveBetween(s, c.verb.to(), m.from())) {
                continue; // "invited Aliyev to visit Tehran in the summer of 1999": the visit's date, not the invitation's
            }
            int distance = m.from() >= c.verb.to() ? m.from() - c.verb.to() : (c.verb.from() - m.to()) + 1;
            if (distance < bestDistance) {
                best = i;
                bestDistance = distance;
            }
        }
        if (best >= 0) {
            DateMention m = r.dates.get(best);
            how[0] = m.text();
            how[1] = describe(m, resolved[best]);
            return resolved[best];
        }
        if (entryDate != null && s.paragraph() == entryParagraph) {
            how[0] = null;
            how[1] = "no date in the sentence: the date heading its chronology entry (" + entryDate + ")";
            return entryDate;
        }
        FuzzyDate ref = before != null ? before : reference;
        LocalDate docDate = documentDate != null ? documentDate : datelineDate;
        if (ref != null && docDate != null && !nearDocumentDate(ref, docDate)) {
            docDate = null; // a story told in a dated page: its own time, not the page's
        }
        if (ref != null && docDate == null) {
            how[0] = null;
            how[1] = "no date in the sentence: the year of the narrative's reference time (" + ref + ")";
            return FuzzyDate.span(ref.earliest(), ref.latest(), Precision.YEAR);
        }
        if (docDate != null) {
            how[0] = null;
            how[1] = "no date in the sentence: the document's date";
            return FuzzyDate.day(docDate);
        }
        how[1] = "no date known";
        return null;
    }

    /** The narrative's time is the document's own: within a month before it, or after it. */
    private static boolean nearDocumentDate(FuzzyDate ref, LocalDate docDate) {
        return !ref.latest().isBefore(docDate.minusDays(31));
    }

    /**
     * A past participle after a noun between the verb and a date ("the measures announced ... on
     * March 6"): the date belongs to that reduced clause, not to the verb.
     */
    private static boolean participleBetween(Sentence s, int from, int to) {
        for (int k = from + 1; k < to; k++) {
            String u = s.upper(k);
            if (u.endsWith("ED") && u.length() > 4 && Character.isLowerCase(s.surface(k).charAt(0))
                    && s.is(k - 1, org.dyad.text.token.TokenKind.WORD) && Character.isLowerCase(s.surface(k - 1).charAt(0))
                    && !BE_OR_HAVE.contains(s.upper(k - 1)) && !s.upper(k - 1).endsWith("LY")
                    && !s.upper(k - 1).equals("AND") && !s.upper(k - 1).equals("TO")) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.Set<String> BE_OR_HAVE = java.util.Set.of("IS", "ARE", "WAS", "WERE", "BE", "BEEN",
            "BEING", "HAS", "HAVE", "HAD");

    private static String describe(DateMention m, FuzzyDate d) {
        switch (m.kind()) {
            case ABSOLUTE: return "explicit date " + d;
            case PARTIAL: return "partial date completed from the reference time: " + d;
            case ANAPHORIC: return "\"" + m.text() + "\" resolved against the reference time: " + d;
            case DEICTIC: return "\"" + m.text() + "\" counted from the document's date: " + d;
            default: return "\"" + m.text() + "\" refers to the event told before: " + d;
        }
    }

    /** False when the date is in a relative clause the verb is not in, or the reverse. */
    private static boolean sameScope(Sentence s, DateMention m, VerbOccurrence v) {
        int[] dateClause = relativeClause(s, m.from());
        if (dateClause == null) {
            return true; // a main-clause date covers the whole sentence
        }
        int[] verbClause = relativeClause(s, v.from());
        return verbClause != null && dateClause[0] == verbClause[0];
    }

    /** The relative clause (from its pronoun to the next comma) containing token {@code k}, or null. */
    private static int[] relativeClause(Sentence s, int k) {
        for (int q = k - 1; q >= 0; q--) {
            String u = s.upper(q);
            if (u.equals(",") || u.equals(";") || u.equals("(") || u.equals(")")) {
                return null;
            }
            if (u.equals("WHO") || u.equals("WHICH") || u.equals("WHOSE") || u.equals("WHERE")
                    || u.equals("THAT") && q > 0 && Character.isLowerCase(s.surface(q - 1).charAt(0))
                    && !s.upper(q - 1).endsWith("ED") && !Words.REPORTING.contains(s.upper(q - 1))
                    && !s.upper(q - 1).equals("SO") || u.equals("THAT") && q > 0 && s.upper(q - 1).equals(")")) {
                int end = q + 1;
                while (end < s.size() && !s.upper(end).equals(",") && !s.upper(end).equals(";")) {
                    end++;
                }
                return k < end ? new int[] {q, end} : null;
            }
        }
        return null;
    }

    /**
     * Remembers persons introduced with an office and a state, so that "Shevardnadze visited
     * Yerevan" later in the document is GEOGOV: the full name and, when it is not an English word,
     * the surname.
     */
    private void learnNames(Sentence s, SentenceCoder.Result r) {
        for (ActorPhrase p : r.phrases) {
            for (ActorPhrase.Unit u : p.units) {
                if (u.person != null) {
                    learnSurname(s, u);
                    continue;
                }
                if (u.name == null) {
                    continue;
                }
                List<ActorPhrase.Resolved> res = new ArrayList<>(1);
                ActorPhrase.resolveUnit(u, reference, null, res);
                if (res.isEmpty() || res.get(0).country() == null || !countries.contains(res.get(0).country())) {
                    continue;
                }
                ActorPhrase.Resolved x = res.get(0);
                org.dyad.text.dict.ActorEntry e = new org.dyad.text.dict.ActorEntry(u.name,
                        org.dyad.text.dict.ActorEntry.Kind.PERSON,
                        List.of(new org.dyad.text.dict.ActorEntry.CodeSpan(List.of(x.code()), null, null, x.role(),
                                x.country())), "named in " + doc + " as " + x.role() + " of " + x.country(),
                        org.dyad.text.dict.ActorEntry.CaseRule.CAPITALIZED);
                learnName(u.name, e);
            }
        }
    }

    /** A named office-holder the pair in focus placed in a state: named alone later, still them. */
    private void learnPlaced(ActorPhrase.Resolved r) {
        if (r.name() == null || r.country() == null) {
            return;
        }
        learnName(r.name(), new org.dyad.text.dict.ActorEntry(r.name(), org.dyad.text.dict.ActorEntry.Kind.PERSON,
                List.of(new org.dyad.text.dict.ActorEntry.CodeSpan(List.of(r.code()), null, null, r.role(), r.country())),
                "named in " + doc + " beside the other state of the pair in focus",
                org.dyad.text.dict.ActorEntry.CaseRule.CAPITALIZED));
    }

    /** The full name and each of its parts that is a name rather than an English word. */
    private void learnName(String name, org.dyad.text.dict.ActorEntry e) {
        String[] tokens = name.trim().toUpperCase(Locale.ROOT).split("\\s+");
        learned.put(tokens, e);
        // each name of a person the text introduced stands for them later: "Putin", "Isaias", "Abiy"
        for (String part : tokens.length > 1 ? tokens : new String[0]) {
            if (part.length() >= 4 && !part.endsWith(".") && !org.dyad.text.lexicon.Lexicon.englishWords()
                    .contains(part.toLowerCase(Locale.ROOT))) {
                learned.put(new String[] {part}, e);
            }
        }
    }

    /**
     * A dictionary person named in full ("Ilham Aliyev") makes the bare surname mean that person
     * for the rest of the document, even if the dictionary gives the surname to a namesake.
     */
    private void learnSurname(Sentence s, ActorPhrase.Unit u) {
        String[] full = u.person.name().trim().toUpperCase(Locale.ROOT).split("\\s+");
        if (full.length < 2) {
            return;
        }
        for (int k = u.from; k + full.length <= u.to; k++) {
            boolean same = true;
            for (int q = 0; q < full.length && same; q++) {
                same = s.upper(k + q).equals(full[q]);
            }
            if (same) {
                learned.put(new String[] {full[full.length - 1]}, u.person);
                return;
            }
        }
    }

    // ------------------------------------------------------------------ pair in focus

    private void countCountries(SentenceCoder.Result r) {
        if (fixedA != null && fixedB != null) {
            return;
        }
        for (ActorPhrase p : r.phrases) {
            for (ActorPhrase.Resolved x : p.resolve(reference, null)) {
                if (x.country() != null && countries.contains(x.country())) {
                    countryCounts.merge(x.country(), 1, Integer::sum);
                }
            }
        }
    }

    /** The pair the text is about: given by the user, else its two most mentioned states so far. */
    private String[] pair() {
        if (fixedA != null && fixedB != null) {
            return new String[] {fixedA, fixedB};
        }
        String a = null;
        String b = null;
        int ca = 0;
        int cb = 0;
        for (Map.Entry<String, Integer> e : countryCounts.entrySet()) {
            int c = e.getValue();
            if (c > ca || c == ca && a != null && e.getKey().compareTo(a) < 0) {
                b = a;
                cb = ca;
                a = e.getKey();
                ca = c;
            } else if (c > cb || c == cb && b != null && e.getKey().compareTo(b) < 0) {
                b = e.getKey();
                cb = c;
            }
        }
        return b == null ? null : new String[] {a, b};
    }

    private ActorPhrase.Resolved firstSubject(SentenceCoder.Result r, FuzzyDate date) {
        for (Candidate c : r.candidates) {
            if (!c.source.isNone() && (c.source.unit() >= 0 || c.source.unit() == Candidate.WHOLE)) {
                List<ActorPhrase.Resolved> x = Resolution.resolveAll(c.source, new Resolution.Context(date, null, null, null), null);
                if (!x.isEmpty()) {
                    return x.get(0);
                }
            }
        }
        for (ActorPhrase p : r.phrases) {
            List<ActorPhrase.Resolved> x = p.resolve(date, null);
            if (!x.isEmpty()) {
                return x.get(0);
            }
        }
        return null;
    }

    // ------------------------------------------------------------------ events

    private Pending build(Sentence s, SentenceCoder.Result r, Candidate c, FuzzyDate[] resolved, FuzzyDate before,
                          ActorPhrase.Resolved pronoun) {
        String[] dateHow = new String[2];
        FuzzyDate date = dateFor(s, r, c, resolved, before, dateHow);
        String[] pair = pair();
        Resolution.Context ctx = new Resolution.Context(date, pair == null ? null : pair[0],
                pair == null ? null : pair[1], pronoun);
        ActorPhrase.Resolved src = Resolution.resolve(c.source, ctx, null);
        ActorPhrase.Resolved tgt = Resolution.resolve(c.target, ctx, null);
        String srcHow = c.sourceHow;
        String tgtHow = c.targetHow;
        Pending antecedent = null;
        if (c.antecedent) {
            antecedent = antecedentEvent(c.code);
            if (antecedent == null) {
                return null;
            }
            Event e = antecedent.event.build();
            src = new ActorPhrase.Resolved(e.source().code(), e.sourceCountry(), e.sourceName(), e.sourceRole(), null);
            tgt = new ActorPhrase.Resolved(e.target().code(), e.targetCountry(), e.targetName(), e.targetRole(), null);
            srcHow = "the event this noun refers back to: " + antecedent.explanation.trigger();
            tgtHow = srcHow;
            if (dateHow[0] == null || inIntroductoryPhrase(s, c) && !dateNextTo(r, c)) {
                date = e.date();
                dateHow[1] = "the date of the event referred back to (" + antecedent.explanation.trigger() + ")";
            }
        }
        if (c.relation && pair != null) {
            if (src == null && tgt != null) {
                src = partner(tgt, pair);
                srcHow = "the other state of the pair in focus";
            } else if (tgt == null && src != null) {
                tgt = partner(src, pair);
                tgtHow = "the other state of the pair in focus";
            }
        }
        if (pair != null && options.narrativeRules() && !c.antecedent) {
            // an office-holder the text gives no state, acting with one of the pair: the other one
            boolean joint = !c.source.isNone() && !c.target.isNone() && c.source.phrase() == c.target.phrase();
            if (src != null && tgt != null && stateless(src) && tgt.country() != null
                    && (joint || wholeState(tgt) || src.name() != null || definiteOffice(s, c.source))) {
                src = inPairWith(src, tgt, pair);
                srcHow = srcHow + "; its state: the other of the pair in focus";
                learnPlaced(src);
            } else if (src != null && tgt != null && stateless(tgt) && src.country() != null
                    && (joint || wholeState(src) || tgt.name() != null || definiteOffice(s, c.target))) {
                tgt = inPairWith(tgt, src, pair);
                tgtHow = tgtHow + "; its state: the other of the pair in focus";
                learnPlaced(tgt);
            }
            if (src != null && tgt == null && !c.relation && !c.verb.nominal()
                    && (SentenceCoder.actsOnCounterpart(c.code) || SentenceCoder.refersBackToCounterpart(s, c))
                    && relativeClause(s, c.verb.from()) == null) {
                tgt = partner(src, pair);
                tgtHow = "no object named: the other state of the pair in focus";
            }
        }
        if (src == null || tgt == null) {
            return null;
        }
        if (src.code().equals(tgt.code())) {
            return null;
        }
        boolean fromPair = c.source.unit() == Candidate.PAIR_FIRST || c.source.unit() == Candidate.PAIR_SECOND
                || c.target.unit() == Candidate.PAIR_FIRST || c.target.unit() == Candidate.PAIR_SECOND;
        if (fromPair && src.country() != null && src.country().equals(tgt.country())) {
            return null; // "Khatami praised the ties between the two neighbours": Iran is one of them
        }
        if (c.code != null && c.code.startsWith("042") && fromPair && c.source.phrase() != c.target.phrase()) {
            return null; // "the two presidents took part in a meeting in Tashkent": both are there, no one visits
        }
        if (c.code != null && c.code.startsWith("04") && src.country() != null && src.country().equals(tgt.country())) {
            return null; // a visit or meeting within one state: where, not with whom
        }
        if (src.country() != null && src.country().equals(tgt.country())
                && (src.code().equals(src.country()) || tgt.code().equals(tgt.country()))) {
            return null; // "Iran's spokesman ... Tehran": a state and a part of it, not two actors
        }
        if (options.narrativeRules() && src.country() != null && src.country().equals(tgt.country())
                && (fromPair || c.verb.nominal() || SentenceCoder.actsOnCounterpart(c.code) || c.code.startsWith("0874"))) {
            return null; // "agrees to withdraw Pakistani troops": the government's own forces, no second state
        }
        CameoCode code;
        try {
            code = CameoCode.ofNullable(c.code);
        } catch (RuntimeException e) {
            code = null;
        }
        if (code == null || !cameo.contains(code.code()) || !validActor(src.code()) || !validActor(tgt.code())) {
            skippedCodes++;
            return null;
        }
        int[] span = span(s, c);
        MappedText block = s.block();
        int cs = block.toOriginalCodePoint(s.start(span[0]));
        int ce = block.toOriginalCodePoint(s.end(span[1] - 1));
        String quote = collapse(block.originalText(s.start(span[0]), s.end(span[1] - 1)));
        String id = EventIds.hashed("text", doc, cs, ce, code.code(), src.code(), tgt.code());
        Event.Builder b = Event.builder().id(id).origin(Origin.TEXT).date(date).dateText(dateHow[0])
                .source(ActorCode.of(src.code())).target(ActorCode.of(tgt.code()))
                .sourceCountry(countryOrNull(src.country())).targetCountry(countryOrNull(tgt.country()))
                .sourceName(src.name()).sourceRole(src.role()).targetName(tgt.name()).targetRole(tgt.role())
                .code(code).modality(c.modality).provenance(Provenance.span(doc, cs, ce, quote))
                .confidence(confidence(c, dateHow));
        Quantities.attach(s, span, code.code(), b);
        for (Dimension d : Dimensions.of(s, code.code())) {
            b.dimension(d);
        }
        String location = location(s, c);
        if (location != null) {
            b.location(location);
        }
        Event enriched = cameo.enrich(b.build(), GoldsteinScale.GDELT);
        Pending p = new Pending();
        p.event = enriched.toBuilder();
        p.sentence = sentenceIndex;
        // an embassy opened and diplomatic relations established are two events of one code
        p.key = key(enriched) + (c.pattern != null && SentenceCoder.aboutMissions(c.pattern) ? "|mission" : "");
        int ss = block.toOriginalCodePoint(s.start());
        int se = block.toOriginalCodePoint(s.end());
        int ts = block.toOriginalCodePoint(s.start(c.verb.from()));
        int te = block.toOriginalCodePoint(s.end(c.verb.to() - 1));
        String rule = c.pattern != null
                ? "pattern \"- " + c.pattern.text() + "\" of " + c.verb.form().block().name() + " (" + c.pattern.where() + ")"
                : "default code [" + c.code + "] of " + (c.verb.nominal() ? "event noun " : "verb ")
                + c.verb.form().block().name() + " (" + c.verb.form().block().name().toLowerCase(Locale.ROOT) + ", "
                + "dictionary line " + c.verb.form().line() + ")";
        p.explanation = new Explanation(id, doc, collapse(s.text()), ss, se,
                s.text(c.verb.from(), c.verb.to()), ts, te, rule,
                side(s, c.source, src, srcHow), side(s, c.target, tgt, tgtHow),
                (dateHow[0] == null ? "" : "\"" + dateHow[0] + "\": ") + dateHow[1],
                c.modality.id() + modalityNote(c), List.of());
        return p;
    }

    /**
     * "As a result of the negotiations, ...": the event noun sits in an opening prepositional
     * phrase, so the sentence's date belongs to the main clause, not to it.
     */
    private static boolean inIntroductoryPhrase(Sentence s, Candidate c) {
        if (s.size() == 0 || !Words.PREPOSITIONS.contains(s.upper(0))) {
            return false;
        }
        for (int k = 0; k < s.size(); k++) {
            if (s.upper(k).equals(",")) {
                return c.verb.from() < k;
            }
        }
        return false;
    }

    /** A date mention right after the event word ("the negotiations in January"): the event's own. */
    private static boolean dateNextTo(SentenceCoder.Result r, Candidate c) {
        for (DateMention m : r.dates) {
            if (m.from() >= c.verb.to() && m.from() <= c.verb.to() + 2) {
                return true;
            }
        }
        return false;
    }

    private static String modalityNote(Candidate c) {
        switch (c.modality) {
            case NEGATED: return " (a negation governs the verb)";
            case PLANNED: return " (future or intention)";
            case POSTPONED: return " (postponed)";
            default: return "";
        }
    }

    private static Explanation.Side side(Sentence s, Candidate.Side side, ActorPhrase.Resolved r, String how) {
        String words = null;
        String entry = null;
        if (side != null && !side.isNone() && side.phrase().start >= 0) {
            words = s.text(side.phrase().start, side.phrase().end);
            ActorPhrase p = side.phrase();
            int u = side.unit() >= 0 ? side.unit() : 0;
            if (!p.units.isEmpty() && u < p.units.size()) {
                ActorPhrase.Unit unit = p.units.get(u);
                StringBuilder e = new StringBuilder();
                if (unit.person != null) {
                    e.append(unit.person.name()).append(" [").append(unit.person.source()).append(']');
                }
                if (unit.actor != null) {
                    e.append(e.length() > 0 ? "; " : "").append(unit.actor.name()).append(" [")
                            .append(unit.actor.source()).append(']');
                }
                for (org.dyad.text.dict.AgentEntry a : unit.prefixes) {
                    e.append("; agent ").append(a.phrase()).append(" [").append(a.code()).append("~]");
                }
                for (org.dyad.text.dict.AgentEntry a : unit.suffixes) {
                    e.append("; agent ").append(a.phrase()).append(" [~").append(a.code()).append(']');
                }
                entry = e.toString();
            } else if (p.pair) {
                entry = "reference to the pair in focus";
            }
        }
        return new Explanation.Side(words, r == null ? null : r.code(), entry, how);
    }

    /** A state named as such ("Turkey", "Tehran"), not one of its persons or bodies. */
    private static boolean wholeState(ActorPhrase.Resolved r) {
        return r.name() == null && r.code().equals(r.country());
    }

    /** "Prime Minister Indira Gandhi": an office the dictionaries know, of no named state. */
    private static boolean stateless(ActorPhrase.Resolved r) {
        return r.country() == null && r.code().startsWith("---") && r.code().length() > 3;
    }

    /** The stateless side in the state of the pair that its counterpart is not in (unchanged if none). */
    private static ActorPhrase.Resolved inPairWith(ActorPhrase.Resolved stateless, ActorPhrase.Resolved other,
                                                   String[] pair) {
        ActorPhrase.Resolved p = partner(other, pair);
        if (p == null) {
            return stateless;
        }
        return new ActorPhrase.Resolved(p.country() + stateless.code().substring(3), p.country(), stateless.name(),
                stateless.role(), stateless.evidence());
    }

    private static ActorPhrase.Resolved partner(ActorPhrase.Resolved known, String[] pair) {
        String other;
        if (pair[0].equals(known.country())) {
            other = pair[1];
        } else if (pair[1].equals(known.country())) {
            other = pair[0];
        } else {
            return null;
        }
        return new ActorPhrase.Resolved(other, other, null, null, null);
    }

    /**
     * The visit an actorless event noun belongs to ("the negotiations", "during this visit"): only
     * cooperative acts (roots 01-08) are parts of a visit; "the attacks" are not.
     */
    private Pending antecedentEvent(String eventCode) {
        if (eventCode == null || eventCode.length() < 2 || eventCode.compareTo("09") >= 0) {
            return null;
        }
        Iterator<Pending> it = window.descendingIterator();
        while (it.hasNext()) {
            Pending p = it.next();
            if (sentenceIndex - p.sentence > ANTECEDENT_REACH) {
                return null;
            }
            CameoCode code = p.event.code();
            if (code != null && code.root().equals("04") && p.event.build().modality() == Modality.ASSERTED) {
                return p;
            }
        }
        return null;
    }

    private static boolean validActor(String code) {
        if (code == null || code.isEmpty() || code.length() % 3 != 0 || code.length() > 18) {
            return false;
        }
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9')) {
                return false;
            }
        }
        return true;
    }

    /** Runs of whitespace as one space, without a regular expression. */
    static String collapse(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                space = b.length() > 0;
            } else {
                if (space) {
                    b.append(' ');
                    space = false;
                }
                b.append(c);
            }
        }
        return b.toString();
    }

    private String countryOrNull(String c) {
        return c != null && countries.contains(c) ? c : null;
    }

    /** The tokens an event rests on: its actors' phrases and its verb, within the sentence. */
    private static int[] span(Sentence s, Candidate c) {
        int from = c.verb.from();
        int to = c.verb.to();
        for (Candidate.Side side : new Candidate.Side[] {c.source, c.target}) {
            if (side != null && !side.isNone() && side.phrase().start >= 0) {
                from = Math.min(from, side.phrase().start);
                to = Math.max(to, side.phrase().end);
            }
        }
        return new int[] {Math.max(0, from), Math.min(s.size(), Math.max(to, from + 1))};
    }

    private static String location(Sentence s, Candidate c) {
        String code = c.code;
        if (code == null || !(code.startsWith("042") || code.startsWith("043") || code.startsWith("044"))) {
            return null;
        }
        Candidate.Side t = c.target;
        if (t != null && !t.isNone() && t.phrase().start >= 0 && !t.phrase().units.isEmpty()) {
            int u = Math.max(0, t.unit());
            if (u < t.phrase().units.size() && t.phrase().units.get(u).capital) {
                ActorPhrase.Unit unit = t.phrase().units.get(u);
                return s.text(unit.from, unit.to);
            }
        }
        return null;
    }

    private static double confidence(Candidate c, String[] dateHow) {
        double x = c.pattern != null ? 0.85 : 0.7;
        if (dateHow[0] == null) {
            x -= 0.15;
        }
        if (c.antecedent || c.relation) {
            x -= 0.1;
        }
        return Math.round(x * 100) / 100.0;
    }

    // ------------------------------------------------------------------ merging and output

    /** Events that may be one: same code, same pair (ordered for visits), same modality. */
    private static String key(Event e) {
        String a = e.sourceCountry() != null ? e.sourceCountry() : e.source().code();
        String b = e.targetCountry() != null ? e.targetCountry() : e.target().code();
        String root = e.code().root();
        // joint acts (meetings, agreements, cooperation, relations) are one event whichever side is named
        // first; a protest and the complaint answering it are two
        boolean directed = e.code().code().startsWith("042") || e.code().code().startsWith("043")
                || !(root.equals("04") || root.equals("05") || root.equals("06") || root.equals("16"));
        String pair = directed || a.compareTo(b) < 0 ? a + ">" + b : b + ">" + a;
        return e.code().code() + "|" + pair + "|" + e.modality().id();
    }

    private void add(Pending p) {
        for (Pending q : window) {
            if (q.key.equals(p.key) && datesCompatible(q.event.date(), p.event.date())
                    && sameCount(q.event.build(), p.event.build())) {
                merge(q, p);
                return;
            }
        }
        window.addLast(p);
    }

    /**
     * "In total, the sides signed 15 documents" is a record of its own beside the named treaty
     * (the conventions): a count of documents keeps mentions apart.
     */
    private static boolean sameCount(Event a, Event b) {
        Object x = a.quantities() == null ? null : a.quantities().get("documents_signed");
        Object y = b.quantities() == null ? null : b.quantities().get("documents_signed");
        return java.util.Objects.equals(x, y);
    }

    private static boolean datesCompatible(FuzzyDate a, FuzzyDate b) {
        return a == null || b == null || a.overlaps(b);
    }

    /** Keeps one record: the more precise date and its words, the mention count, the other quote in the account. */
    private static void merge(Pending into, Pending other) {
        Event a = into.event.build();
        Event b = other.event.build();
        boolean otherBetter = b.date() != null && (a.date() == null || b.date().days() < a.date().days());
        int reports = a.reports() + b.reports();
        List<String> merged = new ArrayList<>(into.merged);
        if (otherBetter) {
            merged.add(into.explanation.sentence());
            into.event = b.toBuilder().reports(reports);
            into.explanation = other.explanation;
        } else {
            merged.add(other.explanation.sentence());
            into.event = a.toBuilder().reports(reports);
        }
        into.merged = merged;
        into.explanation = withMerged(into.explanation, merged);
    }

    private static Explanation withMerged(Explanation e, List<String> m) {
        return new Explanation(e.eventId(), e.doc(), e.sentence(), e.sentenceStart(), e.sentenceEnd(), e.trigger(),
                e.triggerStart(), e.triggerEnd(), e.rule(), e.source(), e.target(), e.date(), e.modality(),
                List.copyOf(m));
    }

    private void flush(boolean all) {
        while (!window.isEmpty() && (all || sentenceIndex - window.peekFirst().sentence > WINDOW)) {
            Pending p = window.pollFirst();
            Event e = p.event.build();
            out.accept(new Extracted(e, p.explanation));
        }
    }

    /** The CAMEO dimensions an event belongs to: kept small and keyword-driven. */
    static final class Dimensions {
        private Dimensions() {
        }

        private static final Map<String, Dimension> WORDS = Map.ofEntries(
                Map.entry("ECONOMIC", Dimension.ECONOMIC), Map.entry("ECONOMY", Dimension.ECONOMIC),
                Map.entry("TRADE", Dimension.ECONOMIC), Map.entry("BUSINESS", Dimension.ECONOMIC),
                Map.entry("LOAN", Dimension.ECONOMIC), Map.entry("INVESTMENT", Dimension.ECONOMIC),
                Map.entry("CUSTOMS", Dimension.ECONOMIC), Map.entry("CULTURAL", Dimension.CULTURAL),
                Map.entry("CULTURE", Dimension.CULTURAL), Map.entry("SCIENTIFIC", Dimension.CULTURAL),
                Map.entry("EDUCATIONAL", Dimension.CULTURAL), Map.entry("MILITARY", Dimension.SECURITY),
                Map.entry("SECURITY", Dimension.SECURITY), Map.entry("WAR", Dimension.SECURITY),
                Map.entry("ARMED", Dimension.SECURITY), Map.entry("CASPIAN", Dimension.CASPIAN_ENERGY),
                Map.entry("OIL", Dimension.CASPIAN_ENERGY), Map.entry("GAS", Dimension.CASPIAN_ENERGY),
                Map.entry("PIPELINE", Dimension.CASPIAN_ENERGY), Map.entry("ENERGY", Dimension.CASPIAN_ENERGY),
                Map.entry("TRANSPORT", Dimension.TRANSPORT), Map.entry("RAILWAY", Dimension.TRANSPORT),
                Map.entry("TRANSIT", Dimension.TRANSPORT), Map.entry("CORRIDOR", Dimension.TRANSPORT),
                Map.entry("ROAD", Dimension.TRANSPORT), Map.entry("HUMANITARIAN", Dimension.HUMANITARIAN),
                Map.entry("REFUGEES", Dimension.HUMANITARIAN));

        static Set<Dimension> of(Sentence s, String code) {
            Set<Dimension> d = EnumSet.noneOf(Dimension.class);
            for (int i = 0; i < s.size(); i++) {
                Dimension x = WORDS.get(s.upper(i));
                if (x != null) {
                    d.add(x);
                }
            }
            int root = Integer.parseInt(code.substring(0, 2));
            if (root == 18 || root == 19 || root == 20 || root == 15) {
                d.add(Dimension.SECURITY);
            }
            if (d.isEmpty() || root <= 5 || root == 16) {
                d.add(Dimension.POLITICAL);
            }
            return d;
        }
    }
}
