package org.dyad.cli;

import java.io.PrintWriter;
import org.dyad.model.UserFacing;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The {@code dyad} command: prints its usage when run bare; each subcommand is a class of its own. */
@Command(name = "dyad", mixinStandardHelpOptions = true, versionProvider = Dyad.Version.class,
        description = {
            "Reconstruct and analyse the relationship between two states from documents and event data.",
            "",
            "Events live in an embedded DuckDB store under ./.dyad/ (or $DYAD_HOME, or --store DIR).",
            "The Iran-Azerbaijan case study is loaded into it on first use.",
            "Countries are CAMEO/ISO codes (IRN, AZE) or names (Iran)."},
        footer = {"", "Examples:",
            "  dyad report IRN AZE                     summary in the terminal and an HTML report",
            "  dyad events IRN AZE --from 1993 --to 1995 --root 04",
            "  dyad export IRN AZE --format parquet -o irn-aze.parquet",
            "  dyad codes events visit                 CAMEO codes whose name mentions 'visit'",
            "  dyad extract paper.txt -o events.jsonl  events from a document (text, PDF, HTML, PETRARCH XML)",
            "  dyad ingest paper.pdf; dyad explain ID  events into the store, and how one was found",
            "  dyad series IRN AZE --period year       counts, Goldstein sums and means per year",
            "  dyad phases IRN AZE                     phases found in the data beside the asserted ones",
            "  dyad leadlag IRN AZE --question dialogue   do high-level meetings precede cooperation?",
            "  dyad triad IRN AZE                      Turkey, Russia, Armenia, USA: who moves first",
            "  dyad import auto gdelt/1991.zip --dyad IRN,AZE    event data into the store",
            "  dyad serve                              dashboard and JSON API on http://127.0.0.1:8080/",
            "  dyad spark import gdelt1 'gdelt/*.zip' --out ev/   the importers (and extractor, series) on Apache Spark",
            "", "Exit status: 0 ok, 1 user error (bad input), 2 internal error."},
        subcommands = {CommandLine.HelpCommand.class, ReportCommand.class, EventsCommand.class, ExportCommand.class,
            ActorsCommand.class, CodesCommand.class, LoadCommand.class, ImportCommand.class, SynthCommand.class,
            ExtractCommand.class, IngestCommand.class, ExplainCommand.class, EvalCommand.class,
            ValidatePetrarchCommand.class, SeriesCommand.class, PhasesCommand.class, LeadlagCommand.class,
            TriadCommand.class, OptimizeCommand.class, BenchCommand.class, ServeCommand.class, SparkCommand.class})
public final class Dyad implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        System.exit(commandLine(new PrintWriter(System.out, true), new PrintWriter(System.err, true)).execute(args));
    }

    /**
     * The command line wired with its writers and handlers, as {@code main} runs it; tests drive
     * it with their own writers.
     */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new Dyad());
        cl.setOut(out);
        cl.setErr(err);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExecutionExceptionHandler(Dyad::handleExecutionException);
        cl.setParameterExceptionHandler(Dyad::handleParameterException);
        return cl;
    }

    private static int handleExecutionException(Exception ex, CommandLine cl, CommandLine.ParseResult parsed) {
        PrintWriter err = cl.getErr();
        Throwable t = ex;
        while (!(t instanceof UserFacing) && t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        if (t instanceof UserFacing) {
            err.println("dyad " + cl.getCommandName() + ": " + t.getMessage());
            err.flush();
            return ExitCodes.USER_ERROR;
        }
        err.println("dyad " + cl.getCommandName() + ": internal error: " + ex);
        if (System.getenv("DYAD_DEBUG") != null) {
            ex.printStackTrace(err);
        } else {
            err.println("(set DYAD_DEBUG=1 to see the stack trace, and please report it)");
        }
        err.flush();
        return ExitCodes.INTERNAL_ERROR;
    }

    private static int handleParameterException(CommandLine.ParameterException ex, String[] args) {
        CommandLine cl = ex.getCommandLine();
        PrintWriter err = cl.getErr();
        Throwable cause = ex.getCause();
        String msg = cause instanceof UserFacing ? cause.getMessage() : ex.getMessage();
        err.println("dyad " + cl.getCommandName() + ": " + msg);
        if (!CommandLine.UnmatchedArgumentException.printSuggestions(ex, err)) {
            err.println("Try 'dyad " + (cl.getParent() == null ? "" : cl.getCommandName() + " ") + "--help' for usage.");
        }
        err.flush();
        return ExitCodes.USER_ERROR;
    }

    /** Version from the jar manifest when packaged. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Dyad.class.getPackage().getImplementationVersion();
            return new String[] {"dyad " + (v == null ? "(development build)" : v)};
        }
    }
}
