package org.dyad.report;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import org.dyad.model.ontology.CameoOntology;
import org.dyad.model.ontology.Ontology;
import org.dyad.store.PairStats;
import org.dyad.store.Phase;

/** The plain-text summary of a pair printed by {@code dyad report}. */
public final class TerminalSummary {
    private TerminalSummary() {
    }

    public static void print(PairReport r, PrintWriter out) {
        CameoOntology cameo = Ontology.standard().cameo();
        out.printf(Locale.ROOT, "%s (%s–%s): %,d events", r.title(), r.a().cameo(), r.b().cameo(), r.totalEvents());
        if (!r.byOrigin().isEmpty()) {
            StringBuilder o = new StringBuilder();
            for (Map.Entry<String, Long> e : r.byOrigin().entrySet()) {
                o.append(o.length() == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%,d %s", e.getValue(), e.getKey()));
            }
            out.print(" (" + o + ")");
        }
        out.println();
        if (r.years().isEmpty()) {
            out.println("No dated events for this pair. Import data (dyad import) or extract from documents (dyad ingest).");
            out.flush();
            return;
        }
        out.println();
        out.println("Events by year and quad class (VC verbal coop., MC material coop., VK verbal conflict, MK material conflict)");
        out.println("  year  events    VC    MC    VK    MK  uncoded  Goldstein sum");
        for (PairStats.Year y : r.years()) {
            if (y.events() == 0) {
                continue;
            }
            long[] q = y.byQuad();
            out.printf(Locale.ROOT, "  %4d  %6d  %4d  %4d  %4d  %4d  %7d  %+13.1f%n", y.year(), y.events(), q[1], q[2],
                    q[3], q[4], q[0], y.goldsteinSum());
        }
        double[] sums = r.years().stream().mapToDouble(PairStats.Year::goldsteinSum).toArray();
        double min = java.util.Arrays.stream(sums).min().orElse(0);
        double max = java.util.Arrays.stream(sums).max().orElse(0);
        out.println();
        out.printf(Locale.ROOT, "Yearly Goldstein sum %d–%d  %s  (%+.1f to %+.1f)%n", r.years().get(0).year(),
                r.years().get(r.years().size() - 1).year(), Sparkline.of(sums), min, max);
        out.println();
        out.println("Top event types");
        for (PairStats.CodeCount c : r.topCodes()) {
            String name = cameo.find(c.code()).map(t -> t.name()).orElse("?");
            out.printf(Locale.ROOT, "  %5d  %-5s %s%n", c.events(), c.code(), name);
        }
        if (!r.phases().isEmpty()) {
            out.println();
            out.println("Phases asserted by the case study");
            for (Phase p : r.phases()) {
                String to = p.to() == null ? "…" : p.to().isRange() ? p.to().isoEnd() : p.to().isoStart();
                out.printf(Locale.ROOT, "  %-8s – %-8s %-11s %+d  %s%n", p.from().isoStart(), to, p.tone(), p.level(),
                        p.label());
            }
        }
        PairReport.Analyses a = r.analyses();
        if (a.found() != null) {
            out.println();
            StringBuilder f = new StringBuilder();
            for (var p : a.found().phases()) {
                f.append(f.length() == 0 ? "" : ", ").append(p.from()).append(p.to().equals(p.from()) ? "" : "–" + p.to())
                        .append(' ').append(p.label());
            }
            out.printf(Locale.ROOT, "Phases found in the data (%sly %s): %s%s%n", a.found().granularity(),
                    a.found().column().replace('_', ' '), f, a.found().agreement() == null ? ""
                            : String.format(Locale.ROOT, "; %d%% agreement with the asserted phases",
                                    Math.round(100 * a.found().agreement())));
        }
        if (a.leadLag() != null) {
            out.printf(Locale.ROOT, "Lead–lag (%sly Goldstein sum, each direction): %s%n", a.leadLag().granularity(),
                    a.leadLag().verdict());
        }
        out.flush();
    }
}