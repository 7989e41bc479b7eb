package org.dyad.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.zip.GZIPOutputStream;
import org.dyad.data.format.EventFormat;
import org.dyad.data.synth.Synth;
import org.dyad.data.synth.SynthOptions;
import org.dyad.model.InvalidValueException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "synth", mixinStandardHelpOptions = true,
        description = {"Write a synthetic event file in one of the formats 'dyad import' reads, for scale tests"
            + " and benchmarks (the full datasets cannot be downloaded everywhere). The same seed gives the same"
            + " file. Draws imitate real files: a few countries in most events and a long tail, Iran-Azerbaijan"
            + " rows (AZE before 1991 placed in Iran's Azerbaijani provinces, as GDELT 1.0 does), frequent"
            + " statements and visits, blank actors, repeated rows, the same event under new ids, and a share of"
            + " malformed rows. Names, places and URLs are made up."},
        footer = {"", "Examples:",
            "  dyad synth gdelt1 --rows 10000000 -o gdelt-10m.tsv",
            "  dyad synth icews --rows 100000 --seed 7 --bad-share 0.01 -o icews.tab.gz"})
final class SynthCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FORMAT", description = "gdelt1, gdelt2, icews, polecat, phoenix or csv.")
    String format;

    @Option(names = "--rows", paramLabel = "N", required = true, description = "Rows to write.")
    long rows;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Where to write (.gz compresses); default: synth-FORMAT-N-sS with the format's extension.")
    Path output;

    @Option(names = "--from", paramLabel = "DATE", description = "First day of the events (default: the format's span).")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "Last day of the events.")
    String to;

    @Option(names = "--bad-share", paramLabel = "X", defaultValue = "0.001",
            description = "Share of malformed rows (default: ${DEFAULT-VALUE}).")
    double badShare;

    @Override
    public Integer call() {
        EventFormat f = EventFormat.parseOrAuto(format);
        if (f == null) {
            throw new InvalidValueException("synth needs a format: gdelt1, gdelt2, icews, polecat, phoenix or csv");
        }
        SynthOptions o = SynthOptions.of(rows, seed).withBadShare(badShare).withDates(DateBound.from(from),
                DateBound.to(to));
        Path file = output != null ? output : Path.of(Synth.suggestedName(f, rows, seed));
        long t0 = System.nanoTime();
        try (OutputStream raw = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
             OutputStream out = file.toString().endsWith(".gz") ? new GZIPOutputStream(raw, 1 << 16) : raw) {
            new Synth(f, o).write(out);
        } catch (IOException e) {
            throw new InvalidValueException("cannot write " + file + ": " + e.getMessage(), e);
        }
        spec.commandLine().getOut().printf(Locale.ROOT, "%s: %,d %s rows, %,.1f MB, in %.1f s%n", file, rows, f.id(),
                file.toFile().length() / 1e6, (System.nanoTime() - t0) / 1e9);
        return ExitCodes.OK;
    }
}
