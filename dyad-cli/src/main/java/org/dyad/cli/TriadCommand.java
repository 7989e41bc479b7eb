package org.dyad.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.dyad.analysis.Analysis;
import org.dyad.analysis.AnalysisJson;
import org.dyad.analysis.Charts;
import org.dyad.analysis.LeadLag;
import org.dyad.analysis.Triad;
import org.dyad.analysis.series.Measure;
import org.dyad.analysis.series.SeriesRequest;
import org.dyad.model.ontology.Country;
import org.dyad.store.DyadStore;
import org.dyad.store.EventQuery;
import org.dyad.store.Granularity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "triad", mixinStandardHelpOptions = true,
        description = {"Third parties: for the pair A-B and each third state C, the correlation and lead-lag between the"
            + " A-B series and the A-C and B-C series — who moves first."},
        footer = {"", "Examples:",
            "  dyad triad IRN AZE                                  TUR, RUS, ARM and USA, monthly Goldstein sums",
            "  dyad triad IRN AZE --third TUR,RUS --period quarter --column net_cooperation --format json"})
final class TriadCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "A", converter = CountryConverter.class, description = "A country.")
    Country a;

    @Parameters(index = "1", paramLabel = "B", converter = CountryConverter.class, description = "The other country.")
    Country b;

    @Option(names = "--third", paramLabel = "C", split = ",", converter = CountryConverter.class,
            description = "Third states (default: TUR, RUS, ARM, USA).")
    List<Country> thirds = new ArrayList<>();

    @Option(names = "--column", paramLabel = "COL", defaultValue = Measure.GOLDSTEIN_SUM,
            description = "Column compared (see dyad series --help). Default: ${DEFAULT-VALUE}.")
    String column;

    @Mixin
    LeadLagOptions test;

    @Mixin
    SeriesOptions series;

    @Mixin
    AnalysisOutput output;

    @Mixin
    StoreOptions store;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<String> codes = new ArrayList<>();
        for (Country c : thirds) codes.add(c.cameo());
        if (codes.isEmpty()) codes = List.of("TUR", "RUS", "ARM", "USA");
        try (DyadStore s = store.open()) {
            Analysis analysis = new Analysis(s);
            SeriesRequest r = series.request(a, b, false, Granularity.MONTH);
            Triad.Result t = analysis.triad(r, codes, column, test.options());
            output.chart(Charts.triad(t), spec.commandLine().getErr());
            print(out, t);
            if (output.explain != null) {
                EventQuery q = r.query();
                output.explain(out, analysis, t.pair(), r);
                for (String c : codes) {
                    for (String x : List.of(a.cameo(), b.cameo())) {
                        output.explain(out, analysis, x + "–" + c, r.withQuery(q.toBuilder().pair(x, c).build()));
                    }
                }
            }
        }
        out.flush();
        return ExitCodes.OK;
    }

    private void print(PrintWriter out, Triad.Result t) {
        if (output.json()) {
            out.println(AnalysisJson.write(t));
            return;
        }
        List<String> header = List.of("series", "events", "corr", "peak lag", "peak corr", "lags", "p third->pair",
                "p shift", "p pair->third", "p shift", "who moves first");
        List<List<String>> rows = new ArrayList<>();
        for (Triad.Link l : t.links()) {
            LeadLag.Result x = l.test();
            rows.add(List.of(l.series(), AnalysisOutput.num(l.events()), AnalysisOutput.num(l.correlation()),
                    l.peakLag() == null ? "-" : String.valueOf(l.peakLag()), AnalysisOutput.num(l.peakCorrelation()),
                    x == null ? "-" : String.valueOf(x.lags()),
                    x == null ? "-" : AnalysisOutput.num(x.forward().pValue()),
                    x == null ? "-" : AnalysisOutput.num(x.forward().permutationPValue()),
                    x == null ? "-" : AnalysisOutput.num(x.backward().pValue()),
                    x == null ? "-" : AnalysisOutput.num(x.backward().permutationPValue()), l.whoMovesFirst()));
        }
        if (output.format == AnalysisOutput.Format.CSV) {
            out.println("series,events,correlation,peak_lag,peak_correlation,lags,p_third_to_pair,p_shift_third_to_pair,"
                    + "p_pair_to_third,p_shift_pair_to_third,who_moves_first");
            for (List<String> row : rows) out.println(String.join(",", row).replace("-,", ","));
            return;
        }
        out.println(t.pair() + " and third parties: " + t.column() + " per " + t.granularity() + ", " + t.periods()
                + " periods");
        Tables.print(out, header, rows);
        for (Triad.Link l : t.links()) {
            if (l.note() != null) out.println("note: " + l.series() + ": " + l.note());
        }
        Tables.notes(out, t.notes());
    }
}
