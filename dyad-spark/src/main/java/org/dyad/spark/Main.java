package org.dyad.spark;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.dyad.model.InvalidValueException;
import org.dyad.model.UserFacing;
import org.dyad.model.ontology.Ontology;
import org.dyad.store.DateRule;
import org.dyad.store.EventQuery;
import org.dyad.store.Granularity;
import org.dyad.store.SeriesQueries;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code dyad spark ...}: the Spark jobs from the command line, locally ({@code local[N]} on
 * 127.0.0.1) or under {@code spark-submit} (which sets the master; then this uses it).
 */
@Command(name = "dyad spark", mixinStandardHelpOptions = true,
        description = {"The extractor, the importers and the series as Apache Spark jobs, for corpora that outgrow"
            + " one machine. Output is Parquet in the event format, partitioned by year: 'dyad load DIR' brings it"
            + " into the store. Runs locally on all cores, or on a cluster under spark-submit (see"
            + " dyad-spark/README.md)."},
        footer = {"", "Examples:",
            "  dyad spark import gdelt1 'gdelt/*.zip' --out events/",
            "  dyad spark import auto data/ --out events/ --dyad IRN,AZE --threads 2",
            "  dyad spark extract news/ --out text-events/ --pair IRN,AZE",
            "  dyad spark series IRN AZE --parquet events/ --period quarter",
            "  dyad spark bench import --rows 10000000",
            "  dyad spark bench extract --docs 400 --kb 100",
            "  dyad load events/                     the Parquet into the local store"},
        subcommands = {Main.Import.class, Main.Extract.class, Main.Series.class, Bench.class})
public final class Main implements Runnable {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String... args) {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler((e, c, p) -> {
            PrintWriter err = c.getErr();
            if (e instanceof UserFacing || e instanceof InvalidValueException) {
                err.println("dyad spark: " + e.getMessage());
                return 1;
            }
            err.println("dyad spark: internal error: " + e);
            e.printStackTrace(err);
            return 2;
        });
        return cl.execute(args);
    }

    /** Session options every job shares. */
    static final class SessionOptions {
        @Option(names = "--threads", paramLabel = "N",
                description = "Local worker threads (default: all cores). Ignored under spark-submit, which sets the"
                        + " master.")
        int threads;

        SparkSession open(String app) {
            if (System.getProperty("spark.master") != null) {
                return SparkSession.builder().appName(app).config("spark.sql.session.timeZone", "UTC").getOrCreate();
            }
            return SparkSessions.local(threads > 0 ? threads : Runtime.getRuntime().availableProcessors(), app);
        }
    }

    static String[] countries(List<String> pair, String what) {
        if (pair == null) {
            return new String[] {null, null};
        }
        if (pair.size() != 2) {
            throw new InvalidValueException(what + " takes two countries, such as IRN,AZE; got " + pair);
        }
        return new String[] {country(pair.get(0)), country(pair.get(1))};
    }

    static String country(String s) {
        return Ontology.standard().countries().resolve(s).cameo();
    }

    static LocalDate date(String s, boolean end, String what) {
        if (s == null) {
            return null;
        }
        String t = s.trim();
        try {
            if (t.matches("\\d{4}")) {
                return end ? LocalDate.of(Integer.parseInt(t), 12, 31) : LocalDate.of(Integer.parseInt(t), 1, 1);
            }
            if (t.matches("\\d{4}-\\d{2}")) {
                LocalDate d = LocalDate.parse(t + "-01");
                return end ? d.withDayOfMonth(d.lengthOfMonth()) : d;
            }
            return LocalDate.parse(t);
        } catch (java.time.DateTimeException e) {
            throw new InvalidValueException(what + " '" + s + "' is not a date: expected YYYY, YYYY-MM or YYYY-MM-DD");
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = {"Import event datasets (GDELT 1.0/2.0, ICEWS, POLECAT, Phoenix, CSV) with dyad-data's"
                + " importers in Spark tasks: big plain files are cut at line starts so that one file uses every"
                + " core; duplicates are dropped and near-duplicates collapsed as 'dyad import' does; bad rows go to"
                + " DIR/_quarantine (file, line, reason, row).",
                "A file that fails (a damaged archive, not in the format) is named and left out whole; the others are"
                + " written and the exit status is 1. A non-empty DIR is refused unless --overwrite, which replaces"
                + " only the years written."},
            footer = {"", "Examples:", "  dyad spark import gdelt1 'gdelt/*.zip' --out events/",
                "  dyad spark import auto icews/ --out events/ --from 1995 --to 2016 --overwrite"})
    static final class Import implements Callable<Integer> {
        @Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(index = "0", paramLabel = "FORMAT", description = "gdelt1, gdelt2, icews, polecat, phoenix, csv or auto.")
        String format;

        @Parameters(index = "1..*", arity = "1..*", paramLabel = "INPUT",
                description = "Files, folders or globs (plain, .gz or .zip); on a cluster, paths every node sees.")
        List<String> inputs;

        @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder (local or a Hadoop URI).")
        String out;

        @Option(names = "--overwrite", description = "Write into a non-empty DIR, replacing the years written.")
        boolean overwrite;

        @Option(names = "--dyad", paramLabel = "A,B", split = ",", description = "Keep only events between two countries.")
        List<String> dyad;

        @Option(names = "--from", paramLabel = "DATE", description = "Keep events from this date.")
        String from;

        @Option(names = "--to", paramLabel = "DATE", description = "Keep events up to this date.")
        String to;

        @Option(names = "--map", paramLabel = "MAPPING", description = "Column mapping of csv files (as dyad import).")
        String map;

        @Option(names = "--piece-mb", paramLabel = "MB", defaultValue = "16",
                description = "Size of the pieces big plain files are cut into (default: ${DEFAULT-VALUE}).")
        int pieceMb;

        @CommandLine.Mixin
        SessionOptions session = new SessionOptions();

        @Override
        public Integer call() throws IOException {
            String[] ab = countries(dyad, "--dyad");
            SparkImport.Options o = SparkImport.Options.of(format).withFilter(ab[0], ab[1], date(from, false, "--from"),
                    date(to, true, "--to")).withMapping(map).withPieceBytes(pieceMb * (1L << 20)).withOverwrite(overwrite);
            o.importOptions();
            SparkImport.inputs(inputs); // a missing input is named before Spark starts
            SparkSession spark = session.open("dyad import");
            try {
                SparkImport.Result r = SparkImport.run(spark, inputs, out, o);
                PrintWriter w = spec.commandLine().getOut();
                r.failed().forEach(w::println);
                r.skipped().forEach(w::println);
                w.println(r.describe());
                w.println("written to " + out + " (now holding years " + r.years() + "); bad rows in " + out + "/_quarantine");
                w.flush();
                return r.failed().isEmpty() ? 0 : 1;
            } finally {
                spark.stop();
            }
        }
    }

    @Command(name = "extract", mixinStandardHelpOptions = true,
            description = {"Extract dated, coded events from documents (text, PDF, HTML, PETRARCH XML) with dyad-text's"
                + " extractor in Spark tasks, the dictionaries built once per executor. Parquet by year, with"
                + " provenance (document, character offsets, quote).",
                "A document that cannot be read is named and skipped; the exit status is then 1."},
            footer = {"", "Examples:", "  dyad spark extract news/ --out text-events/",
                "  dyad spark extract papers/ --out ev/ --pair IRN,AZE --verbs CAMEO.verbs.txt"})
    static final class Extract implements Callable<Integer> {
        @Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Documents or folders of documents.")
        List<String> inputs;

        @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder.")
        String out;

        @Option(names = "--overwrite", description = "Write into a non-empty DIR, replacing the years written.")
        boolean overwrite;

        @Option(names = "--pair", paramLabel = "A,B", split = ",", description = "The two states the texts are about.")
        List<String> pair;

        @Option(names = "--doc-date", paramLabel = "DATE", description = "The documents' date (YYYY-MM-DD).")
        String docDate;

        @Option(names = "--encoding", paramLabel = "CHARSET", description = "Text encoding (default: detected).")
        String encoding;

        @Option(names = "--verbs", paramLabel = "FILE", description = "Verb dictionary (PETRARCH format).")
        Path verbs;

        @Option(names = "--actors", paramLabel = "FILE", description = "Actor dictionary (PETRARCH format).")
        Path actors;

        @Option(names = "--agents", paramLabel = "FILE", description = "Agent dictionary (PETRARCH format).")
        Path agents;

        @Option(names = "--discards", paramLabel = "FILE", description = "Discard phrases (PETRARCH format).")
        Path discards;

        @Option(names = "--persons", paramLabel = "FILE", description = "Officials with dated offices (JSON Lines).")
        List<Path> persons = new ArrayList<>();

        @CommandLine.Mixin
        SessionOptions session = new SessionOptions();

        @Override
        public Integer call() throws IOException {
            String[] ab = countries(pair, "--pair");
            Map<String, Path> dicts = new LinkedHashMap<>();
            if (verbs != null) dicts.put("verbs", verbs);
            if (actors != null) dicts.put("actors", actors);
            if (agents != null) dicts.put("agents", agents);
            if (discards != null) dicts.put("discards", discards);
            SparkExtract.Options o = new SparkExtract.Options(ab[0], ab[1], date(docDate, false, "--doc-date"), encoding,
                    dicts, persons, overwrite);
            SparkExtract.documents(inputs);
            SparkExtract.setup(o);
            SparkSession spark = session.open("dyad extract");
            try {
                SparkExtract.Result r = SparkExtract.run(spark, inputs, out, o);
                PrintWriter w = spec.commandLine().getOut();
                r.failed().forEach(f -> w.println("failed: " + f));
                w.println(r.describe());
                w.println("written to " + out);
                w.flush();
                return r.failed().isEmpty() ? 0 : 1;
            } finally {
                spark.stop();
            }
        }
    }

    @Command(name = "series", mixinStandardHelpOptions = true,
            description = {"A pair's series from Parquet in the event format, in Spark SQL: per period, events by quad"
                + " class and CAMEO root, Goldstein sum and mean; the store's own query and arithmetic, so the"
                + " figures equal 'dyad series' on the same events. CSV on standard output; the coverage on stderr."},
            footer = {"", "Examples:", "  dyad spark series IRN AZE --parquet events/ --period year",
                "  dyad spark series IRN AZE --parquet hdfs:///dyad/events --directed --from 1992 --to 2016"})
    static final class Series implements Callable<Integer> {
        @Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(index = "0", paramLabel = "A", description = "A country.")
        String a;

        @Parameters(index = "1", paramLabel = "B", description = "The other country.")
        String b;

        @Option(names = "--parquet", required = true, paramLabel = "DIR", description = "Events in Parquet (a job's output).")
        String parquet;

        @Option(names = "--period", paramLabel = "P", defaultValue = "month",
                description = "week, month, quarter or year (default: ${DEFAULT-VALUE}).")
        String period;

        @Option(names = "--rule", paramLabel = "RULE", defaultValue = "spread",
                description = "Dates spanning periods: spread, earliest or exclude (default: ${DEFAULT-VALUE}).")
        String rule;

        @Option(names = "--directed", description = "Only events with A acting on B.")
        boolean directed;

        @Option(names = "--from", paramLabel = "DATE", description = "First day.")
        String from;

        @Option(names = "--to", paramLabel = "DATE", description = "Last day.")
        String to;

        @CommandLine.Mixin
        SessionOptions session = new SessionOptions();

        @Override
        public Integer call() {
            String ca = country(a);
            String cb = country(b);
            Granularity g = Granularity.parse(period);
            DateRule r = DateRule.parse(rule);
            EventQuery.Builder q = EventQuery.builder().countries(ca, cb, directed);
            if (from != null) q.from(date(from, false, "--from"));
            if (to != null) q.to(date(to, true, "--to"));
            if (!parquet.contains("://") && !java.nio.file.Files.isDirectory(Path.of(parquet))) {
                throw new InvalidValueException("no such folder: '" + parquet + "'");
            }
            SparkSession spark = session.open("dyad series");
            try {
                SparkSeries.register(spark, parquet);
                SeriesQueries.Aggregate agg = SparkSeries.aggregate(spark, q.build(), g, r);
                spec.commandLine().getOut().print(SparkSeries.csv(agg, g));
                spec.commandLine().getOut().flush();
                spec.commandLine().getErr().printf("%s %s %s: %d events, %d without a date, %d spanning periods%n", ca,
                        directed ? "->" : "-", cb, agg.coverage().matching(), agg.coverage().undated(),
                        agg.coverage().spanning());
                return 0;
            } finally {
                spark.stop();
            }
        }
    }
}
