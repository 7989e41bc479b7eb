package org.dyad.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dyad.analysis.Analysis;
import org.dyad.analysis.AnalysisJson;
import org.dyad.analysis.Charts;
import org.dyad.analysis.DialogueClaim;
import org.dyad.analysis.LeadLag;
import org.dyad.analysis.series.Measure;
import org.dyad.analysis.series.SeriesRequest;
import org.dyad.analysis.series.TimeSeries;
import org.dyad.model.InvalidValueException;
import org.dyad.model.Origin;
import org.dyad.model.ontology.Country;
import org.dyad.store.DateRule;
import org.dyad.store.DyadStore;
import org.dyad.store.EventQuery;
import org.dyad.store.Granularity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "leadlag", mixinStandardHelpOptions = true,
        description = {"Who moves first: a VAR with its lag order chosen by AIC/BIC (as R vars), Granger F tests both"
            + " ways, and a shift-permutation p-value that holds for sparse event counts.",
            "",
            "Three questions:",
            "  A B                       does A's behaviour towards B lead B's towards A (reciprocity)?",
            "  A B --question dialogue   do high-level visits and meetings (CAMEO 04 with a head of state or government"
                + " or minister) precede economic and cultural cooperation (CAMEO 03/05/06, economic or cultural)?",
            "  --series FILE --cause X --effect Y   any two columns of a CSV series"},
        footer = {"", "Examples:",
            "  dyad leadlag IRN AZE --measure goldstein_sum",
            "  dyad leadlag IRN AZE --question dialogue --period quarter --explain 1993",
            "  dyad leadlag --series weekly.tsv --cause i2p --effect p2i --lags 4 --format json"})
final class LeadlagCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "A", converter = CountryConverter.class, description = "A country.")
    Country a;

    @Parameters(index = "1", arity = "0..1", paramLabel = "B", converter = CountryConverter.class,
            description = "The other country.")
    Country b;

    @Option(names = "--measure", paramLabel = "COL", defaultValue = Measure.GOLDSTEIN_SUM,
            description = "Column compared between A->B and B->A (see dyad series --help). Default: ${DEFAULT-VALUE}.")
    String measure;

    @Option(names = "--question", paramLabel = "Q", description = "dialogue: the dialogue-before-cooperation question.")
    String question;

    @Option(names = "--all-meetings", description = "With --question dialogue: every CAMEO 04 event counts, any level.")
    boolean allMeetings;

    @Option(names = "--window", paramLabel = "N", defaultValue = "1",
            description = "With --question dialogue: periods after a meeting in which cooperation counts as following it."
                    + " Default: ${DEFAULT-VALUE}.")
    int window;

    @Option(names = "--cause", paramLabel = "COL", description = "With --series: the column that may lead.")
    String cause;

    @Option(names = "--effect", paramLabel = "COL", description = "With --series: the column that may follow.")
    String effect;

    @Mixin
    LeadLagOptions test;

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
        if (file.file != null) {
            if (cause == null || effect == null) {
                throw new InvalidValueException("with --series give the two columns: --cause X --effect Y");
            }
            if (output.explain != null) {
                throw new InvalidValueException("--explain lists stored events; a --series file has none");
            }
            TimeSeries ts = file.read();
            LeadLag.Result r = Analysis.leadLag(ts, cause, effect, test.options());
            output.chart(Charts.leadLag(ts, r), spec.commandLine().getErr());
            print(out, r);
            out.flush();
            return ExitCodes.OK;
        }
        Pair.require(a, b, "leadlag");
        try (DyadStore s = store.open()) {
            Analysis analysis = new Analysis(s);
            if (question != null) {
                if (!question.equalsIgnoreCase("dialogue")) {
                    throw new InvalidValueException("unknown question '" + question + "': the ready question is 'dialogue'");
                }
                dialogue(out, s, analysis);
            } else {
                SeriesRequest r = series.request(a, b, false, Granularity.MONTH);
                TimeSeries ts = analysis.directedPair(r, measure);
                LeadLag.Result res = Analysis.leadLag(ts, ts.columnNames().get(0), ts.columnNames().get(1), test.options());
                output.chart(Charts.leadLag(ts, res), spec.commandLine().getErr());
                print(out, res);
                if (output.explain != null) {
                    EventQuery q = r.query();
                    output.explain(out, analysis, a.cameo() + "->" + b.cameo(),
                            r.withQuery(q.toBuilder().directed(a.cameo(), b.cameo()).build()));
                    output.explain(out, analysis, b.cameo() + "->" + a.cameo(),
                            r.withQuery(q.toBuilder().directed(b.cameo(), a.cameo()).build()));
                }
            }
        }
        out.flush();
        return ExitCodes.OK;
    }

    private void dialogue(PrintWriter out, DyadStore s, Analysis analysis) {
        EventQuery f = series.filters.query(a, b, false);
        List<Origin> origins = new ArrayList<>(f.origins());
        DialogueClaim.Request req = new DialogueClaim.Request(a.cameo(), b.cameo(), series.granularity(Granularity.YEAR),
                allMeetings, java.util.Set.copyOf(origins), f.from(), f.to(), window, DateRule.parse(series.dates),
                test.options());
        DialogueClaim.Result r = analysis.dialogueBeforeCooperation(req);
        if (output.chart != null) {
            TimeSeries both = DialogueClaim.series(s, req);
            output.chart(org.dyad.analysis.chart.SvgChart.create(r.question(), both.labels())
                    .line("dialogue", both.column(DialogueClaim.DIALOGUE))
                    .line("cooperation", both.column(DialogueClaim.COOPERATION)).toSvg(), spec.commandLine().getErr());
        }
        if (output.json()) {
            out.println(AnalysisJson.write(r));
            return;
        }
        if (output.format == AnalysisOutput.Format.CSV) {
            // the two directions' statistics, as for any lead-lag test; the answer and events need table or json
            if (r.test() == null) {
                throw new InvalidValueException("no lead–lag test could be run (" + String.join("; ", r.notes())
                        + "); use --format table or json for the counts");
            }
            print(out, r.test());
            return;
        }
        out.println(r.question());
        out.println("  dialogue:    " + r.dialogue());
        out.println("  cooperation: " + r.cooperation());
        out.println(String.format(Locale.ROOT, "  %d %ss; %s dialogue events in %d of them, %s cooperation events in %d",
                r.periods(), r.granularity(), AnalysisOutput.num(r.dialogueEvents()), r.dialoguePeriods(),
                AnalysisOutput.num(r.cooperationEvents()), r.cooperationPeriods()));
        out.println();
        out.println("Answer: " + r.answer());
        if (r.test() != null) {
            out.println();
            print(out, r.test());
        }
        DialogueClaim.Lift l = r.lift();
        out.println();
        out.println(String.format(Locale.ROOT, "Effect size: cooperation followed within %d %s(s) after %.0f%% of the %d"
                + " %ss with dialogue and after %.0f%% of the %d without (lift %s)", l.window(), r.granularity(),
                100 * l.followedAfterMeeting(), l.periodsWithMeeting(), r.granularity(), 100 * l.followedOtherwise(),
                l.periodsWithout(), l.ratio() == null ? "undefined: nothing to compare with" : AnalysisOutput.num(l.ratio())));
        out.println();
        out.println("Meetings and the cooperation that followed:");
        int shown = 0;
        for (DialogueClaim.Evidence e : r.evidence()) {
            if (output.explainLimit > 0 && shown++ >= output.explainLimit) {
                out.println("  ... " + (r.evidence().size() - output.explainLimit) + " more (--explain-limit 0 for all)");
                break;
            }
            out.println("  " + e.meetingId() + " " + e.meetingDate() + " " + e.meeting());
            for (String f2 : e.followedBy()) out.println("      then " + f2);
        }
        Tables.notes(out, r.notes());
        if (output.explain != null) {
            output.explain(out, analysis, "dialogue", new SeriesRequest(DialogueClaim.dialogue(req), req.granularity(),
                    req.dateRule(), false));
            output.explain(out, analysis, "cooperation", new SeriesRequest(DialogueClaim.cooperation(req),
                    req.granularity(), req.dateRule(), false));
        }
    }

    private void print(PrintWriter out, LeadLag.Result r) {
        if (output.json()) {
            out.println(AnalysisJson.write(r));
            return;
        }
        List<String> header = List.of("cause", "effect", "lags", "F", "df", "p", "p (equation)", "p (shift)",
                "partial R2", "leads");
        List<List<String>> rows = new ArrayList<>();
        for (LeadLag.Direction d : r.directions()) {
            rows.add(List.of(d.cause(), d.effect(), String.valueOf(d.lags()), AnalysisOutput.num(d.fStat()),
                    d.dfNum() + "," + d.dfDen(), AnalysisOutput.num(d.pValue()), AnalysisOutput.num(d.pValueEquation()),
                    d.permutations() == 0 ? "-" : AnalysisOutput.num(d.permutationPValue()), AnalysisOutput.num(d.partialR2()),
                    d.leads() ? "yes" : "no"));
        }
        if (output.format == AnalysisOutput.Format.CSV) {
            out.println("cause,effect,lags,f_stat,df_num,df_den,p_value,p_value_equation,p_value_shift,partial_r2,leads");
            for (LeadLag.Direction d : r.directions()) {
                out.println(String.join(",", d.cause(), d.effect(), String.valueOf(d.lags()), String.valueOf(d.fStat()),
                        String.valueOf(d.dfNum()), String.valueOf(d.dfDen()), String.valueOf(d.pValue()),
                        String.valueOf(d.pValueEquation()), String.valueOf(d.permutationPValue()),
                        String.valueOf(d.partialR2()), String.valueOf(d.leads())));
            }
            return;
        }
        out.println(r.series() + ": VAR(" + r.lags() + ") (" + r.lagChoice() + ") on " + r.obs() + " of " + r.periods()
                + " " + r.granularity() + "s");
        Tables.print(out, header, rows);
        for (LeadLag.Direction d : r.directions()) out.println("  " + d.reading());
        out.println("Verdict: " + r.verdict());
        for (String w : r.warnings()) out.println("warning: " + w);
        Tables.notes(out, r.notes());
    }
}
