package org.dyad.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.dyad.analysis.Analysis;
import org.dyad.analysis.AnalysisJson;
import org.dyad.analysis.Charts;
import org.dyad.analysis.series.Measure;
import org.dyad.analysis.series.SeriesRequest;
import org.dyad.analysis.series.TimeSeries;
import org.dyad.model.ontology.Country;
import org.dyad.store.DyadStore;
import org.dyad.store.Granularity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "series", mixinStandardHelpOptions = true,
        description = {"The relationship as a time series: per week, month, quarter or year, the events by quad class"
            + " and CAMEO root, the Goldstein sum and mean, and net cooperation; optionally per 1,000 events of the"
            + " two countries.", "", "Columns:", Measure.DESCRIPTION},
        footer = {"", "Examples:",
            "  dyad series IRN AZE --period year",
            "  dyad series IRN AZE --directed --period quarter --root 04,05 --format csv > irn-aze.csv",
            "  dyad series IRN AZE --normalise --chart irn-aze.svg",
            "  dyad series IRN AZE --period year --explain 1993      the events counted in 1993"})
final class SeriesCommand implements Callable<Integer> {
    static final List<String> TABLE_COLUMNS = List.of(Measure.EVENTS, Measure.VERBAL_COOPERATION,
            Measure.MATERIAL_COOPERATION, Measure.VERBAL_CONFLICT, Measure.MATERIAL_CONFLICT, Measure.GOLDSTEIN_SUM,
            Measure.GOLDSTEIN_MEAN, Measure.NET_COOPERATION, Measure.SPANNING);

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "A", converter = CountryConverter.class, description = "A country.")
    Country a;

    @Parameters(index = "1", paramLabel = "B", converter = CountryConverter.class, description = "The other country.")
    Country b;

    @Option(names = "--directed", description = "Only events with A acting on B (default: both directions).")
    boolean directed;

    @Option(names = "--columns", paramLabel = "COL", split = ",",
            description = "Columns to show (default: table and chart show the main ones, csv and json all).")
    List<String> columns = new ArrayList<>();

    @Mixin
    SeriesOptions series;

    @Mixin
    AnalysisOutput output;

    @Mixin
    StoreOptions store;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (DyadStore s = store.open()) {
            Analysis analysis = new Analysis(s);
            SeriesRequest r = series.request(a, b, directed, Granularity.MONTH);
            TimeSeries ts = analysis.series(r);
            List<String> cols = columns.isEmpty() ? defaults(ts) : columns;
            for (String c : cols) ts.column(c);
            print(out, ts, cols, columns.isEmpty() && output.format != AnalysisOutput.Format.TABLE ? ts.columnNames() : cols);
            output.chart(Charts.series(ts, columns.isEmpty() ? List.of(Measure.GOLDSTEIN_SUM, Measure.NET_COOPERATION) : cols),
                    spec.commandLine().getErr());
            if (output.explain != null) {
                output.explain(out, analysis, ts.title(), r);
            }
        }
        out.flush();
        return ExitCodes.OK;
    }

    private List<String> defaults(TimeSeries ts) {
        List<String> l = new ArrayList<>(TABLE_COLUMNS);
        if (series.normalise) {
            l.add(Measure.VOLUME);
            l.add(Measure.GOLDSTEIN_SUM + Measure.PER_1000);
            l.add(Measure.NET_COOPERATION + Measure.PER_1000);
        }
        return l;
    }

    private void print(PrintWriter out, TimeSeries ts, List<String> tableCols, List<String> allCols) {
        switch (output.format) {
            case JSON: {
                Map<String, Object> o = new LinkedHashMap<>();
                o.put("title", ts.title());
                o.put("granularity", ts.granularity().id());
                o.put("periods", ts.labels());
                o.put("period_start", ts.periods());
                Map<String, Object> c = new LinkedHashMap<>();
                for (String col : allCols) c.put(col, ts.column(col));
                o.put("columns", c);
                o.put("notes", ts.notes());
                out.println(AnalysisJson.write(o));
                break;
            }
            case CSV:
                Tables.csv(out, "period", ts.labels(), ts, allCols);
                break;
            default:
                out.println(ts.title() + ", per " + ts.granularity().id());
                Tables.table(out, "period", ts.labels(), ts, tableCols);
                Tables.notes(out, ts.notes());
        }
    }
}
