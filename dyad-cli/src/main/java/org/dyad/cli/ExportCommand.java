package org.dyad.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dyad.model.InvalidValueException;
import org.dyad.model.ontology.Country;
import org.dyad.store.DyadStore;
import org.dyad.store.ExportFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Write events to a file in the event format: CSV, JSON Lines or Parquet.",
            "Without countries, every event in the store is exported."},
        footer = {"", "Examples:",
            "  dyad export IRN AZE -o irn-aze.parquet",
            "  dyad export IRN AZE --origin curated --format csv -o curated.csv",
            "  dyad export -o everything.jsonl"})
final class ExportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "A", converter = CountryConverter.class,
            description = "A country (optional).")
    Country a;

    @Parameters(index = "1", arity = "0..1", paramLabel = "B", converter = CountryConverter.class,
            description = "A second country (optional).")
    Country b;

    @Option(names = "--directed", description = "Only events with A acting on B.")
    boolean directed;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", required = true, description = "File to write.")
    Path output;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "csv, jsonl or parquet (default: from the file name's extension).")
    String format;

    @Mixin
    EventFilterOptions filters;

    @Mixin
    StoreOptions store;

    @Override
    public Integer call() {
        ExportFormat f = format != null ? ExportFormat.parse(format) : ExportFormat.fromFileName(output.toString());
        if (f == null) {
            throw new InvalidValueException("cannot tell the format of " + output
                    + " from its name: give --format csv, jsonl or parquet");
        }
        try (DyadStore s = store.open()) {
            long n = s.events().export(filters.query(a, b, directed), f, output);
            spec.commandLine().getOut().printf(Locale.ROOT, "%,d events written to %s (%s)%n", n,
                    output.toAbsolutePath(), f.id());
        }
        return ExitCodes.OK;
    }
}
