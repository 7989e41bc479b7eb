package org.dyad.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.analysis.series.Measure;
import org.dyad.analysis.series.SeriesBuilder;
import org.dyad.analysis.series.SeriesRequest;
import org.dyad.analysis.series.TimeSeries;
import org.dyad.model.Dimension;
import org.dyad.model.Event;
import org.dyad.model.Origin;
import org.dyad.model.RoleLevel;
import org.dyad.store.DateRule;
import org.dyad.store.DyadStore;
import org.dyad.store.EventQuery;
import org.dyad.store.Granularity;

/**
 * The paper's claim as a ready question: do high-level visits and meetings (CAMEO 04, with a head of
 * state or government, supreme leader, legislature head or minister on either side — or all of 04)
 * precede economic and cultural cooperation (CAMEO 03, 05 and 06 events with an economic or cultural
 * dimension) between two countries? Answered with a lead–lag test on the two count series, an
 * effect size (partial R² and the lift: how much likelier cooperation is in the periods right after
 * a meeting), and the events behind it; "too little data" when the counts cannot carry a test.
 */
public final class DialogueClaim {
    /** Levels that count as high-level dialogue. */
    public static final Set<RoleLevel> HIGH_LEVELS = EnumSet.of(RoleLevel.SUPREME_LEADER, RoleLevel.HEAD_OF_STATE,
            RoleLevel.HEAD_OF_GOVERNMENT, RoleLevel.LEGISLATURE_HEAD, RoleLevel.MINISTER);
    /** Fewest periods with each kind of event (at least half an event), and fewest periods, for an answer. */
    public static final int MIN_EVENT_PERIODS = 8;
    public static final int MIN_PERIODS = 20;

    /**
     * @param allMeetings true: every CAMEO 04 event counts as dialogue, whatever the level
     * @param window periods after a meeting in which cooperation counts as following it (for the lift and the evidence)
     */
    public record Request(String countryA, String countryB, Granularity granularity, boolean allMeetings,
                          Set<Origin> origins, LocalDate from, LocalDate to, int window, DateRule dateRule,
                          LeadLag.Options options) {
        public Request {
            origins = Set.copyOf(origins);
            if (window < 1) {
                throw new AnalysisException("the window after a meeting must be at least 1 period, got " + window);
            }
        }
    }

    /**
     * The lift: among periods with a meeting (at least half a meeting event), the share followed by cooperation
     * (at least half an event) within the window, against the
     * same share among periods without one. {@code ratio} is null when no period without a meeting is followed by
     * cooperation (nothing to compare with).
     */
    public record Lift(int window, int periodsWithMeeting, int periodsWithout, double followedAfterMeeting,
                       double followedOtherwise, Double ratio) {
    }

    /** A meeting and the cooperation events that followed it within the window. */
    public record Evidence(String meetingId, String meetingDate, String meeting, List<String> followedBy) {
    }

    public record Result(String question, String dialogue, String cooperation, String granularity, int periods,
                         double dialogueEvents, double cooperationEvents, int dialoguePeriods, int cooperationPeriods,
                         String answer, boolean enoughData, LeadLag.Result test, Lift lift, List<Evidence> evidence,
                         List<String> notes) {
    }

    private DialogueClaim() {
    }

    static EventQuery.Builder base(Request r) {
        EventQuery.Builder b = EventQuery.builder().pair(r.countryA(), r.countryB()).from(r.from()).to(r.to());
        r.origins().forEach(b::origin);
        return b;
    }

    public static EventQuery dialogue(Request r) {
        EventQuery.Builder b = base(r).code("04");
        if (!r.allMeetings()) HIGH_LEVELS.forEach(b::level);
        return b.build();
    }

    public static EventQuery cooperation(Request r) {
        return base(r).code("03").code("05").code("06").dimension(Dimension.ECONOMIC).dimension(Dimension.CULTURAL).build();
    }

    /** Column names of {@link #series}: dialogue and cooperation event counts. */
    public static final String DIALOGUE = "dialogue:" + Measure.EVENTS;
    public static final String COOPERATION = "cooperation:" + Measure.EVENTS;

    /** The two count series over the same periods (the pair's whole span unless the request gives one). */
    public static TimeSeries series(DyadStore store, Request r) {
        LocalDate[] w = window(store, r);
        SeriesBuilder sb = new SeriesBuilder(store);
        TimeSeries d = sb.build(new SeriesRequest(dialogue(r).toBuilder().from(w[0]).to(w[1]).build(), r.granularity(),
                r.dateRule(), false));
        TimeSeries c = sb.build(new SeriesRequest(cooperation(r).toBuilder().from(w[0]).to(w[1]).build(), r.granularity(),
                r.dateRule(), false));
        return new TimeSeries(r.countryA() + "–" + r.countryB() + " dialogue and cooperation", r.granularity(),
                d.periods(), d.labels(), java.util.Map.of(), List.of())
                .with(d.select(List.of(Measure.EVENTS)), "dialogue:").with(c.select(List.of(Measure.EVENTS)), "cooperation:");
    }

    private static LocalDate[] window(DyadStore store, Request r) {
        LocalDate[] days = new org.dyad.store.SeriesQueries(store).span(base(r).build());
        if (days == null) {
            throw new AnalysisException("no dated events between " + r.countryA() + " and " + r.countryB()
                    + "; load or import some first");
        }
        return new LocalDate[] {r.from() == null ? days[0] : r.from(), r.to() == null ? days[1] : r.to()};
    }

    public static Result run(DyadStore store, Request r) {
        EventQuery dq = dialogue(r);
        EventQuery cq = cooperation(r);
        LocalDate[] w = window(store, r);
        LocalDate from = w[0];
        LocalDate to = w[1];
        TimeSeries both = series(store, r);
        String dc = DIALOGUE;
        String cc = COOPERATION;
        double[] dv = both.column(dc);
        double[] cv = both.column(cc);
        int dp = nonzero(dv);
        int cp = nonzero(cv);
        double dn = sum(dv);
        double cn = sum(cv);
        int t = dv.length;
        List<String> notes = new ArrayList<>(both.notes());
        boolean enough = dp >= MIN_EVENT_PERIODS && cp >= MIN_EVENT_PERIODS && t >= MIN_PERIODS;
        LeadLag.Result test = null;
        try {
            test = LeadLag.run(both, dc, cc, r.options());
        } catch (AnalysisException e) {
            notes.add("no lead–lag test: " + e.getMessage());
        }
        Lift lift = lift(dv, cv, r.window());
        String g = r.granularity().id();
        String answer;
        if (!enough) {
            answer = String.format(Locale.ROOT, "too little data: %s meetings fall in %d of %d %ss and %s cooperation events"
                    + " in %d; a lead–lag test needs at least %d %ss with each and %d %ss in all. The figures below are"
                    + " shown for the record, not as evidence.", num(dn), dp, t, g, num(cn), cp, MIN_EVENT_PERIODS, g,
                    MIN_PERIODS, g);
        } else if (test == null) {
            answer = "cannot be tested on these series (see notes)";
        } else if (test.forward().leads() && !test.backward().leads()) {
            answer = "yes: high-level dialogue precedes " + "economic and cultural cooperation (" + test.forward().reading() + ")";
        } else if (test.forward().leads()) {
            answer = "both ways: dialogue precedes cooperation and cooperation precedes dialogue (" + test.verdict() + ")";
        } else if (test.backward().leads()) {
            answer = "no; if anything cooperation precedes dialogue (" + test.backward().reading() + ")";
        } else {
            answer = "not shown: " + test.forward().reading();
        }
        List<Evidence> evidence = evidence(store, dq.toBuilder().from(from).to(to).build(),
                cq.toBuilder().from(from).to(to).build(), r.granularity(), r.window());
        String dialogueText = "CAMEO 04 (consult, visit, meet) between " + r.countryA() + " and " + r.countryB()
                + (r.allMeetings() ? ", any level" : ", with a head of state or government, supreme leader, speaker or"
                + " minister on either side");
        String coopText = "CAMEO 03, 05 and 06 (intent to cooperate, diplomatic and material cooperation) with an"
                + " economic or cultural dimension";
        return new Result("Do high-level visits and meetings precede economic and cultural cooperation between "
                + r.countryA() + " and " + r.countryB() + "?", dialogueText, coopText, g, t, dn, cn, dp, cp, answer, enough,
                test, lift, evidence, notes);
    }

    static Lift lift(double[] d, double[] c, int w) {
        int with = 0;
        int without = 0;
        int followedWith = 0;
        int followedWithout = 0;
        for (int t = 0; t + w < d.length; t++) {
            boolean followed = false;
            for (int k = 1; k <= w; k++) {
                if (c[t + k] >= 0.5) followed = true;
            }
            if (d[t] >= 0.5) {
                with++;
                if (followed) followedWith++;
            } else {
                without++;
                if (followed) followedWithout++;
            }
        }
        double a = with == 0 ? 0 : (double) followedWith / with;
        double b = without == 0 ? 0 : (double) followedWithout / without;
        return new Lift(w, with, without, a, b, b > 0 && with > 0 ? a / b : null);
    }

    static List<Evidence> evidence(DyadStore store, EventQuery dq, EventQuery cq, Granularity g, int w) {
        List<Event> meetings = store.events().query(dq);
        List<Event> coop = store.events().query(cq);
        List<Evidence> out = new ArrayList<>();
        for (Event m : meetings) {
            if (m.date() == null) continue;
            LocalDate start = g.next(g.start(m.date().earliest()));
            LocalDate end = start;
            for (int k = 0; k < w; k++) end = g.next(end);
            List<String> after = new ArrayList<>();
            for (Event e : coop) {
                if (e.date() == null) continue;
                LocalDate day = e.date().earliest();
                if (!day.isBefore(start) && day.isBefore(end)) {
                    after.add(e.id() + " " + e.date() + " " + e.code().code() + (e.summary() == null ? "" : " " + e.summary()));
                }
            }
            out.add(new Evidence(m.id(), m.date().toString(), (m.code() == null ? "" : m.code().code() + " ")
                    + (m.summary() == null ? m.sourceCountry() + "→" + m.targetCountry() : m.summary()), after));
        }
        return out;
    }

    /** Periods holding at least half an event: shares of events with ranged dates spread thin do not count. */
    static int nonzero(double[] x) {
        int n = 0;
        for (double v : x) if (v >= 0.5) n++;
        return n;
    }

    static double sum(double[] x) {
        double s = 0;
        for (double v : x) s += v;
        return s;
    }

    static String num(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.1f", v);
    }
}
