package org.dyad.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dyad.analysis.Analysis;
import org.dyad.analysis.AnalysisJson;
import org.dyad.analysis.Charts;
import org.dyad.analysis.change.ChangePoints;
import org.dyad.analysis.change.PhaseFinder;
import org.dyad.analysis.series.Measure;
import org.dyad.analysis.series.SeriesRequest;
import org.dyad.analysis.series.TimeSeries;
import org.dyad.model.InvalidValueException;
import org.dyad.model.ontology.Country;
import org.dyad.store.DyadStore;
import org.dyad.store.Granularity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "phases", mixinStandardHelpOptions = true,
        description = {"Phases of a relationship found in the data: change points in a series (PELT or binary"
            + " segmentation, with a stated penalty), each phase labelled cooperative, neutral or conflictual by its mean"
            + " with a confidence, side by side with the phases a case study asserts and their agreement."},
        footer = {"", "Examples:",
            "  dyad phases IRN AZE                               yearly Goldstein mean, PELT, MBIC",
            "  dyad phases IRN AZE --period quarter --column net_cooperation --band 0.5",
            "  dyad phases --series weekly.tsv --column i2p --band 10 --format json",
            "  dyad phases IRN AZE --chart phases.svg --explain 1994"})
final class PhasesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "A", converter = CountryConverter.class, description = "A country.")
    Country a;

    @Parameters(index = "1", arity = "0..1", paramLabel = "B", converter = CountryConverter.class,
            description = "The other country.")
    Country b;

    @Option(names = "--column", paramLabel = "NAME", defaultValue = Measure.GOLDSTEIN_MEAN,
            description = "The series column to segment (see dyad series --help). Default: ${DEFAULT-VALUE}.")
    String column;

    @Option(names = "--method", paramLabel = "M", defaultValue = "pelt",
            description = "pelt (optimal) or binseg (binary segmentation). Default: ${DEFAULT-VALUE}.")
    String method;

    @Option(names = "--model", paramLabel = "M", defaultValue = "mean",
            description = "mean (changes in level) or mean-var (level and spread). Default: ${DEFAULT-VALUE}.")
    String model;

    @Option(names = "--penalty", paramLabel = "P", defaultValue = "mbic",
            description = "Penalty per change: mbic ((k+2) ln n), bic ((k+1) ln n), aic (2(k+1)) or a number."
                    + " Default: ${DEFAULT-VALUE}.")
    String penalty;

    @Option(names = "--min-length", paramLabel = "N", defaultValue = "2",
            description = "Shortest phase, in periods. Default: ${DEFAULT-VALUE}.")
    int minLength;

    @Option(names = "--band", paramLabel = "B", defaultValue = "1.0",
            description = "A phase is cooperative when its mean is above +B, conflictual below -B, neutral between."
                    + " Default: ${DEFAULT-VALUE} (one Goldstein point).")
    double band;

    @Mixin
    SeriesFileOptions file;

    @Mixin
    SeriesOptions series;

    @Mixin
    AnalysisOutput output;

    @Mixin
    StoreOptions store;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PhaseFinder.Options o = new PhaseFinder.Options(ChangePoints.Method.parse(method), ChangePoints.Model.parse(model),
                penalty, minLength, band);
        if (file.file != null) {
            if (output.explain != null) {
                throw new InvalidValueException("--explain lists stored events; a --series file has none");
            }
            TimeSeries ts = file.read();
            print(out, ts, Analysis.phases(ts, column, o, List.of()));
        } else {
            Pair.require(a, b, "phases");
            try (DyadStore s = store.open()) {
                Analysis analysis = new Analysis(s);
                SeriesRequest r = series.request(a, b, false, Granularity.YEAR);
                TimeSeries ts = analysis.series(r);
                print(out, ts, analysis.phases(r, column, o));
                if (output.explain != null) {
                    output.explain(out, analysis, ts.title(), r);
                }
            }
        }
        out.flush();
        return ExitCodes.OK;
    }

    private void print(PrintWriter out, TimeSeries ts, PhaseFinder.Result r) {
        output.chart(Charts.phases(ts, r), spec.commandLine().getErr());
        if (output.json()) {
            out.println(AnalysisJson.write(r));
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        for (PhaseFinder.FoundPhase p : r.phases()) {
            rows.add(List.of(p.from(), p.to(), String.valueOf(p.periods()), AnalysisOutput.num(p.mean()), p.label(),
                    String.format(Locale.ROOT, "%.3f", p.confidence())));
        }
        List<String> fh = List.of("from", "to", "periods", "mean", "label", "confidence");
        if (output.format == AnalysisOutput.Format.CSV) {
            out.println(String.join(",", fh));
            for (List<String> row : rows) out.println(String.join(",", row));
            return;
        }
        out.println(r.series() + ": " + r.column() + " per " + r.granularity() + ", " + r.detection().method().id() + ", "
                + r.detection().changes().size() + " change" + (r.detection().changes().size() == 1 ? "" : "s") + " found");
        out.println();
        out.println("Found phases");
        Tables.print(out, fh, rows);
        if (!r.asserted().isEmpty()) {
            out.println();
            out.println("Asserted phases (case study) and what was found over the same periods");
            List<List<String>> ar = new ArrayList<>();
            for (PhaseFinder.AssertedPhase p : r.asserted()) {
                ar.add(List.of(p.label() == null ? p.id() : p.label(), p.from(), p.to(), p.expected(), p.dominantFound(),
                        String.format(Locale.ROOT, "%.2f", p.agreement()),
                        p.periodsToNearestChange() == null ? "-" : String.valueOf(p.periodsToNearestChange())));
            }
            Tables.print(out, List.of("asserted", "from", "to", "asserted level", "found (mostly)", "agreement",
                    "start to nearest change"), ar);
            out.println();
            out.println(String.format(Locale.ROOT, "Agreement: %.2f of the %d periods covered by asserted phases carry the"
                    + " asserted label", r.agreement(), r.assertedPeriods()));
        }
        Tables.notes(out, r.notes());
    }
}
