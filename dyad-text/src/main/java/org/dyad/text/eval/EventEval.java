package org.dyad.text.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.dyad.model.Event;
import org.dyad.model.InvalidValueException;
import org.dyad.model.Modality;
import org.dyad.model.Origin;
import org.dyad.model.json.EventJson;
import org.dyad.model.json.Json;
import org.dyad.model.ontology.Countries;
import org.dyad.model.ontology.Ontology;
import org.dyad.text.io.InputProblem;

/**
 * Scores predicted events against gold events. An event counts when it has a CAMEO code and a
 * state on each side; a predicted event matches a gold one when the unordered pair of states is
 * the same, the dates overlap and the CAMEO roots are equal (one-to-one, as many matches as
 * possible, date-exact ones preferred).
 *
 * <p>What is scored, stated plainly: gold events of the pair (both sides the two given states;
 * any pair when none is given), with salience {@code core} when {@code coreOnly} and the gold
 * file marks salience; predicted events of the same pair. Gold events of other salience are
 * "optional": a prediction matching one is neither right nor wrong. Negated events are left out
 * on both sides, since the annotation conventions do not annotate them (they are reported apart).
 * Precision, recall and F1 follow; date exactness is over matched events (same start, end and
 * precision); direction is over matched events whose gold is not symmetric.
 */
public final class EventEval {
    /** What to score. */
    public record Options(String countryA, String countryB, boolean coreOnly) {
    }

    /** A gold record: the event and the annotation fields the event model does not keep. */
    public record Gold(Event event, String salience, boolean symmetric, Integer line) {
    }

    /** A matched pair. */
    public record Match(Gold gold, Event predicted, boolean dateExact, Boolean directionRight) {
    }

    /** The scores and the evidence behind them. */
    public record Report(Options options, int goldScored, int goldOptional, int predictedScored, int predictedOptional,
                         int truePositives, int falsePositives, int falseNegatives, int dateExact, int directionChecked,
                         int directionRight, int goldNegated, int predictedNegated, List<Match> matches,
                         List<Gold> missed, List<Event> extra) {
        public double precision() {
            return truePositives + falsePositives == 0 ? 0 : truePositives / (double) (truePositives + falsePositives);
        }

        public double recall() {
            return goldScored == 0 ? 0 : truePositives / (double) goldScored;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        public double dateExactRate() {
            return truePositives == 0 ? 0 : dateExact / (double) truePositives;
        }

        public double directionRate() {
            return directionChecked == 0 ? 0 : directionRight / (double) directionChecked;
        }
    }

    private EventEval() {
    }

    public static List<Gold> readGold(Path file) {
        List<Gold> out = new ArrayList<>();
        forEachLine(file, (line, n) -> {
            Map<String, Object> m = Json.parseObject(line);
            Event e = EventJson.read(m, Origin.TEXT);
            Object sal = m.get("salience");
            Object sym = m.get("symmetric");
            Object ln = m.get("line");
            out.add(new Gold(e, sal == null ? null : String.valueOf(sal), Boolean.TRUE.equals(sym),
                    ln instanceof Long ? ((Long) ln).intValue() : null));
        });
        return out;
    }

    public static List<Event> readPredicted(Path file) {
        List<Event> out = new ArrayList<>();
        forEachLine(file, (line, n) -> out.add(EventJson.read(line, Origin.TEXT)));
        return out;
    }

    private interface LineHandler {
        void accept(String line, int number);
    }

    private static void forEachLine(Path file, LineHandler h) {
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int n = 0;
            for (String line; (line = r.readLine()) != null; ) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    h.accept(line, n);
                } catch (InvalidValueException e) {
                    throw new InputProblem(file, "line " + n + ": " + e.getMessage(), e);
                }
            }
        } catch (IOException e) {
            throw new InputProblem(file, "cannot be read: " + e.getMessage(), e);
        }
    }

    public static Report run(List<Gold> gold, List<Event> predicted, Options o) {
        Countries countries = Ontology.standard().countries();
        List<Gold> scored = new ArrayList<>();
        List<Gold> optional = new ArrayList<>();
        int goldNegated = 0;
        for (Gold g : gold) {
            String[] pair = states(g.event(), countries);
            if (g.event().code() == null || pair == null || !inPair(pair, o)) {
                continue;
            }
            if (g.event().modality() == Modality.NEGATED) {
                goldNegated++;
                continue;
            }
            boolean core = !o.coreOnly() || g.salience() == null || g.salience().equals("core");
            (core ? scored : optional).add(g);
        }
        List<Event> preds = new ArrayList<>();
        int predNegated = 0;
        for (Event e : predicted) {
            String[] pair = states(e, countries);
            if (e.code() == null || pair == null || !inPair(pair, o)) {
                continue;
            }
            if (e.modality() == Modality.NEGATED) {
                predNegated++;
                continue;
            }
            preds.add(e);
        }
        int[] predToGold = match(preds, scored, countries);
        List<Match> matches = new ArrayList<>();
        boolean[] goldHit = new boolean[scored.size()];
        List<Event> unmatched = new ArrayList<>();
        int dateExact = 0;
        int dirChecked = 0;
        int dirRight = 0;
        for (int p = 0; p < preds.size(); p++) {
            int g = predToGold[p];
            if (g < 0) {
                unmatched.add(preds.get(p));
                continue;
            }
            goldHit[g] = true;
            Gold gd = scored.get(g);
            Event pe = preds.get(p);
            boolean exact = Objects.equals(gd.event().date(), pe.date());
            Boolean dir = null;
            if (!gd.symmetric()) {
                dir = Objects.equals(states(gd.event(), countries)[0], states(pe, countries)[0]);
                dirChecked++;
                if (dir) {
                    dirRight++;
                }
            }
            if (exact) {
                dateExact++;
            }
            matches.add(new Match(gd, pe, exact, dir));
        }
        // predictions matching optional gold events are neither right nor wrong
        int[] optionalMatch = match(unmatched, optional, countries);
        List<Event> extra = new ArrayList<>();
        int predictedOptional = 0;
        for (int p = 0; p < unmatched.size(); p++) {
            if (optionalMatch[p] >= 0) {
                predictedOptional++;
            } else {
                extra.add(unmatched.get(p));
            }
        }
        List<Gold> missed = new ArrayList<>();
        for (int g = 0; g < scored.size(); g++) {
            if (!goldHit[g]) {
                missed.add(scored.get(g));
            }
        }
        return new Report(o, scored.size(), optional.size(), preds.size() - predictedOptional, predictedOptional,
                matches.size(), extra.size(), missed.size(), dateExact, dirChecked, dirRight, goldNegated, predNegated,
                matches, missed, extra);
    }

    /** The states of an event's two sides, or null when a side is not a state. */
    static String[] states(Event e, Countries countries) {
        String a = e.sourceCountry() != null ? e.sourceCountry() : rootState(e.source() == null ? null : e.source().code(), countries);
        String b = e.targetCountry() != null ? e.targetCountry() : rootState(e.target() == null ? null : e.target().code(), countries);
        return a == null || b == null ? null : new String[] {a, b};
    }

    private static String rootState(String code, Countries countries) {
        if (code == null || code.length() < 3) {
            return null;
        }
        String root = code.substring(0, 3);
        return countries.byCameo(root).isPresent() ? root : null;
    }

    private static boolean inPair(String[] pair, Options o) {
        if (o.countryA() == null || o.countryB() == null) {
            return true;
        }
        return pair[0].equals(o.countryA()) && pair[1].equals(o.countryB())
                || pair[0].equals(o.countryB()) && pair[1].equals(o.countryA());
    }

    private static boolean compatible(Event p, Gold g, Countries countries) {
        String[] a = states(p, countries);
        String[] b = states(g.event(), countries);
        boolean samePair = a[0].equals(b[0]) && a[1].equals(b[1]) || a[0].equals(b[1]) && a[1].equals(b[0]);
        return samePair && p.date() != null && g.event().date() != null && p.date().overlaps(g.event().date())
                && p.code().root().equals(g.event().code().root());
    }

    /** Maximum one-to-one matching (augmenting paths), trying date-exact pairs first. */
    private static int[] match(List<Event> preds, List<Gold> gold, Countries countries) {
        int[] predToGold = new int[preds.size()];
        int[] goldToPred = new int[gold.size()];
        Arrays.fill(predToGold, -1);
        Arrays.fill(goldToPred, -1);
        List<List<Integer>> exactEdges = new ArrayList<>();
        List<List<Integer>> allEdges = new ArrayList<>();
        for (Event p : preds) {
            List<Integer> exact = new ArrayList<>();
            List<Integer> other = new ArrayList<>();
            for (int g = 0; g < gold.size(); g++) {
                if (compatible(p, gold.get(g), countries)) {
                    (Objects.equals(p.date(), gold.get(g).event().date()) ? exact : other).add(g);
                }
            }
            exactEdges.add(exact);
            List<Integer> all = new ArrayList<>(exact);
            all.addAll(other);
            allEdges.add(all);
        }
        // date-exact pairs first, then any compatible pair for what is left: still a maximum matching
        for (int p = 0; p < preds.size(); p++) {
            augment(p, exactEdges, predToGold, goldToPred, new boolean[gold.size()]);
        }
        for (int p = 0; p < preds.size(); p++) {
            if (predToGold[p] < 0) {
                augment(p, allEdges, predToGold, goldToPred, new boolean[gold.size()]);
            }
        }
        return predToGold;
    }

    private static boolean augment(int p, List<List<Integer>> adj, int[] predToGold, int[] goldToPred, boolean[] seen) {
        for (int g : adj.get(p)) {
            if (seen[g]) {
                continue;
            }
            seen[g] = true;
            if (goldToPred[g] < 0 || augment(goldToPred[g], adj, predToGold, goldToPred, seen)) {
                predToGold[p] = g;
                goldToPred[g] = p;
                return true;
            }
        }
        return false;
    }

    /** The report as printed by {@code dyad eval}. */
    public static String format(Report r, boolean details) {
        StringBuilder b = new StringBuilder();
        Options o = r.options();
        b.append("scored: ").append(o.countryA() == null ? "all pairs of states" : o.countryA() + "-" + o.countryB())
                .append(o.coreOnly() ? ", gold salience core" : ", all gold salience")
                .append("; match = same pair of states, overlapping dates, same CAMEO root\n");
        b.append(String.format("gold events scored   %d (optional, neither right nor wrong: %d)%n", r.goldScored(),
                r.goldOptional()));
        b.append(String.format("predicted scored     %d (matching optional gold: %d)%n", r.predictedScored(),
                r.predictedOptional()));
        b.append(String.format("true positives       %d%nfalse positives      %d%nfalse negatives      %d%n",
                r.truePositives(), r.falsePositives(), r.falseNegatives()));
        b.append(String.format("precision            %.3f%nrecall               %.3f%nF1                   %.3f%n",
                r.precision(), r.recall(), r.f1()));
        b.append(String.format("date exact           %.3f (%d of %d matched)%n", r.dateExactRate(), r.dateExact(),
                r.truePositives()));
        b.append(String.format("direction            %.3f (%d of %d matched with a directed gold event)%n",
                r.directionRate(), r.directionRight(), r.directionChecked()));
        b.append(String.format("negated, not scored  gold %d, predicted %d%n", r.goldNegated(), r.predictedNegated()));
        if (details) {
            for (Match m : r.matches()) {
                b.append("  match ").append(m.gold().event().id()).append(' ').append(describe(m.gold().event()))
                        .append("  <=  ").append(describe(m.predicted())).append(m.dateExact() ? "" : "  [date differs]")
                        .append(Boolean.FALSE.equals(m.directionRight()) ? "  [direction differs]" : "").append('\n');
            }
            for (Gold g : r.missed()) {
                b.append("  missed ").append(g.event().id()).append(' ').append(describe(g.event())).append("  \"")
                        .append(g.event().provenance().quote()).append("\"\n");
            }
            for (Event e : r.extra()) {
                b.append("  extra ").append(describe(e)).append("  \"").append(e.provenance().quote()).append("\"\n");
            }
        }
        return b.toString();
    }

    private static String describe(Event e) {
        return (e.source() == null ? "-" : e.source().code()) + ">" + (e.target() == null ? "-" : e.target().code())
                + " " + (e.code() == null ? "-" : e.code().code()) + " " + e.date();
    }
}
