package org.dyad.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dyad.model.InvalidValueException;
import org.dyad.store.DyadStore;
import org.dyad.store.ExportFormat;
import org.dyad.store.ImportBatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "load", mixinStandardHelpOptions = true,
        description = {"Load events in the event format into the store: the output folder of a Spark job"
            + " (Parquet partitioned by year), or a file written by 'dyad export' or 'dyad extract'.",
            "Events already in the store (same id) are skipped, so loading twice changes nothing."},
        footer = {"", "Examples:", "  dyad load out/events            a Spark job's Parquet folder",
            "  dyad load irn-aze.jsonl"})
final class LoadCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PATH", description = "A Parquet folder or a .parquet, .csv or .jsonl file.")
    Path path;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "parquet, csv or jsonl (default: parquet for a folder, else from the extension).")
    String format;

    @Mixin
    StoreOptions store;

    @Override
    public Integer call() {
        if (!Files.exists(path)) {
            throw new InvalidValueException("no such file or folder: " + path);
        }
        ExportFormat f = format != null ? ExportFormat.parse(format)
                : Files.isDirectory(path) ? ExportFormat.PARQUET : ExportFormat.fromFileName(path.toString());
        if (f == null) {
            throw new InvalidValueException("cannot tell the format of " + path + ": give --format parquet, csv or jsonl");
        }
        try (DyadStore s = store.open()) {
            ImportBatch b = s.events().load(path, f);
            spec.commandLine().getOut().printf(Locale.ROOT, "%s: %,d events loaded, %,d already in the store%n",
                    path, b.rowsKept(), b.rowsDuplicate());
        }
        return ExitCodes.OK;
    }
}
