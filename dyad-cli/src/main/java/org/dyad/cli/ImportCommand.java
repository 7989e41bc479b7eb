package org.dyad.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.dyad.data.ImportOptions;
import org.dyad.data.ImportSummary;
import org.dyad.data.Importer;
import org.dyad.data.format.EventFormat;
import org.dyad.data.format.RowFilter;
import org.dyad.data.io.InputFiles;
import org.dyad.model.InvalidValueException;
import org.dyad.model.ontology.Ontology;
import org.dyad.store.DyadStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Import machine-coded event data into the store: GDELT 1.0 (57 or 58 columns) and 2.0"
            + " (61), ICEWS (Dataverse .tab), POLECAT, Phoenix (OEDA daily or Cline historical), or any CSV"
            + " through a column mapping. 'auto' tells the format of each file from its first line.",
            "",
            "Files may be plain, .gz or .zip; a directory means the files under it; a pattern such as"
            + " 'gdelt/*.zip' its matches. Each file is stored whole or not at all: a run that fails or is"
            + " killed half way can be run again, and files already stored are skipped.",
            "Events are normalised (CAMEO country and sector codes, event codes with their leading zeros,"
            + " Goldstein weight and quad class from CAMEO where missing) and de-duplicated: an id already"
            + " stored is a duplicate; events of one day with the same actors and code (the same event in"
            + " several stories) become one event counting its reports. A country named before it existed"
            + " (Azerbaijan before 1991-12-21) is kept and flagged 'anachronism'.",
            "Bad rows go to a quarantine file (file, line, reason, row) and the import goes on."},
        footer = {"", "Examples:",
            "  dyad import auto 1979.zip 1980.zip --dyad IRN,AZE",
            "  dyad import gdelt1 'gdelt/*.export.CSV.zip' --from 2013-04 --to 2013-12",
            "  dyad import icews events.2017.20200602.tab --quarantine bad-rows.tsv",
            "  dyad import csv hive.tsv --map date=Year,source=Actor1Code,target=Actor2Code,code=EventCode,"
                + "reports=count_events",
            "", "Exit status: 0 all files imported or skipped, 1 bad input or some files failed, 2 internal error."})
final class ImportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FORMAT",
            description = "auto, gdelt1, gdelt2, icews, polecat, phoenix or csv.")
    String format;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "FILE",
            description = "Files, directories or patterns (quote patterns so the shell leaves them alone).")
    List<String> files;

    @Option(names = "--dyad", paramLabel = "A,B", split = ",", hideParamSyntax = true,
            description = "Keep only events between these two countries, either direction (codes or names).")
    List<String> dyad;

    @Option(names = "--from", paramLabel = "DATE", description = "Keep only events from this date (1993, 1993-10, 1993-10-26).")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "Keep only events up to this date.")
    String to;

    @Option(names = "--map", paramLabel = "FIELD=COLUMN,...",
            description = "For csv: which column holds which event field (date, source, target, code, event_text,"
                + " source_country, target_country, source_name, target_name, goldstein, quad_class, location,"
                + " doc, id, reports, date_end, summary); columns by header name or number; header=no when the"
                + " first line is data. Default: columns named like the fields.")
    String map;

    @Option(names = "--quarantine", paramLabel = "FILE",
            description = "Write all bad rows to this file (default: <store>/quarantine/<file>.quarantine.tsv).")
    Path quarantine;

    @Option(names = "--force", description = "Read files even when the store already holds their content.")
    boolean force;

    @Option(names = "--max-line", paramLabel = "BYTES", defaultValue = "1048576",
            description = "Longer lines are quarantined, cut short (default: ${DEFAULT-VALUE}).")
    int maxLine;

    @Option(names = "--quiet", description = "No progress on stderr.")
    boolean quiet;

    @Mixin
    StoreOptions store;

    @Override
    public Integer call() {
        EventFormat f = EventFormat.parseOrAuto(format);
        if (map != null && f != EventFormat.CSV && f != null) {
            throw new InvalidValueException("--map is for the csv format, not " + f.id());
        }
        RowFilter filter = filter();
        List<Path> inputs = InputFiles.expand(files);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ImportSummary s;
        try (DyadStore st = store.open()) {
            ImportOptions o = new ImportOptions(f, filter, store.home().resolve("quarantine"), quarantine, map,
                    maxLine, force);
            s = new Importer(st.imports(), o, quiet ? null : err, System.console() != null).run(inputs, r -> {
                out.println(r.describe());
                out.flush();
            });
            String hint = quiet ? null : OptimizeCommand.hint(st);
            if (hint != null) {
                err.println("dyad import: " + hint);
            }
        }
        if (s.files().size() > 1) {
            out.println("total: " + s.totals());
        }
        out.flush();
        return s.failed() > 0 ? ExitCodes.USER_ERROR : ExitCodes.OK;
    }

    private RowFilter filter() {
        String a = null;
        String b = null;
        if (dyad != null) {
            if (dyad.size() != 2) {
                throw new InvalidValueException("--dyad takes two countries, such as IRN,AZE; got " + dyad);
            }
            a = Ontology.standard().countries().resolve(dyad.get(0)).cameo();
            b = Ontology.standard().countries().resolve(dyad.get(1)).cameo();
        }
        return new RowFilter(a, b, DateBound.from(from), DateBound.to(to));
    }
}
