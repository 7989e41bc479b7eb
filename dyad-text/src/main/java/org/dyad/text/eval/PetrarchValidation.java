package org.dyad.text.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dyad.text.code.CoderOptions;
import org.dyad.text.code.PetrarchCoding;
import org.dyad.text.code.SentenceCoder;
import org.dyad.text.dict.BuiltInDictionaries;
import org.dyad.text.dict.Dictionaries;
import org.dyad.text.io.InputProblem;
import org.dyad.text.io.RecordsFile;

/**
 * Runs a PETRARCH validation file with the dictionaries its {@code <Environment>} names (found
 * beside it) and scores it as UniversalPetrarch's validation does: an expected event is found
 * when a coded triple equals it, uncoded otherwise; a coded triple no record expects is extra.
 * Records marked {@code sentence="false"} (features the reference coder lacks) are reported apart
 * and not scored; error records (discards, bad input) expect no events.
 */
public final class PetrarchValidation {
    /** The outcome for one record. */
    public record RecordResult(String id, String category, boolean scored, String text, List<String> expected,
                               List<String> produced, int found, int uncoded, int extra) {
    }

    /** Counts for a category or the whole file. */
    public static final class Tally {
        int records;
        int expected;
        int found;
        int uncoded;
        int extra;

        void add(RecordResult r) {
            records++;
            expected += r.expected().size();
            found += r.found();
            uncoded += r.uncoded();
            extra += r.extra();
        }

        public int records() {
            return records;
        }

        public int found() {
            return found;
        }

        public int uncoded() {
            return uncoded;
        }

        public int extra() {
            return extra;
        }

        /** Found / (found + uncoded). */
        public double foundRate() {
            return found + uncoded == 0 ? 1.0 : found / (double) (found + uncoded);
        }

        /** Extra events per record. */
        public double extraPerRecord() {
            return records == 0 ? 0 : extra / (double) records;
        }
    }

    /** The whole report. */
    public record Report(Path file, List<String> dictionaries, List<RecordResult> records, Map<String, Tally> categories,
                         Tally total, Tally unscored) {
    }

    private PetrarchValidation() {
    }

    public static Report run(Path recordsFile) {
        RecordsFile rf = RecordsFile.read(recordsFile);
        Path dir = recordsFile.toAbsolutePath().getParent();
        Map<String, String> env = rf.environment();
        BuiltInDictionaries.Overrides o = new BuiltInDictionaries.Overrides(
                beside(dir, env.get("Verbfile"), recordsFile), beside(dir, env.get("Actorfile"), recordsFile),
                beside(dir, env.get("Agentfile"), recordsFile), beside(dir, env.get("Discardfile"), recordsFile),
                List.of());
        Dictionaries d = BuiltInDictionaries.load(o);
        PetrarchCoding coding = new PetrarchCoding(new SentenceCoder(d, false));
        List<RecordResult> results = new ArrayList<>();
        Map<String, Tally> categories = new LinkedHashMap<>();
        Tally total = new Tally();
        Tally unscored = new Tally();
        for (RecordsFile.Record r : rf.records()) {
            CoderOptions options = CoderOptions.petrarch();
            for (Map.Entry<String, String> c : r.config().entrySet()) {
                options = options.with(c.getKey(), c.getValue());
            }
            List<String> expected = new ArrayList<>();
            for (RecordsFile.Coding c : r.expected()) {
                expected.add(c.source() + " " + c.target() + " " + c.code());
            }
            List<String> produced = new ArrayList<>();
            for (PetrarchCoding.Triple t : coding.code(rf.recordText(r), r.date(), options)) {
                produced.add(t.toString());
            }
            List<String> left = new ArrayList<>(produced);
            int found = 0;
            for (String e : expected) {
                if (left.remove(e)) {
                    found++;
                }
            }
            RecordResult rr = new RecordResult(r.id(), r.category(), r.valid(),
                    rf.recordText(r).text().replaceAll("\\s+", " ").trim(), expected, produced, found,
                    expected.size() - found, left.size());
            results.add(rr);
            if (r.valid()) {
                total.add(rr);
                categories.computeIfAbsent(r.category(), k -> new Tally()).add(rr);
            } else {
                unscored.add(rr);
            }
        }
        return new Report(recordsFile, d.sources(), results, categories, total, unscored);
    }

    private static Path beside(Path dir, String name, Path records) {
        if (name == null || name.isBlank()) {
            return null;
        }
        Path p = dir.resolve(name.trim());
        if (!Files.isRegularFile(p)) {
            throw new InputProblem(records, "names dictionary " + name.trim() + " in its <Environment>, but "
                    + p + " does not exist");
        }
        return p;
    }

    /** The report as the text table the CLI prints. */
    public static String format(Report r, boolean details) {
        StringBuilder b = new StringBuilder();
        b.append("PETRARCH validation: ").append(r.file()).append('\n');
        for (String d : r.dictionaries()) {
            b.append("  ").append(d).append('\n');
        }
        b.append(String.format("%-10s %7s %8s %7s %8s %6s %9s%n", "category", "records", "expected", "found",
                "uncoded", "extra", "found %"));
        for (Map.Entry<String, Tally> e : r.categories().entrySet()) {
            row(b, e.getKey(), e.getValue());
        }
        row(b, "TOTAL", r.total());
        b.append(String.format("found %.1f%% of expected events (%d of %d); %.3f extra events per record (%d in %d records)%n",
                100 * r.total().foundRate(), r.total().found, r.total().found + r.total().uncoded,
                r.total().extraPerRecord(), r.total().extra, r.total().records));
        b.append(String.format("not scored (sentence=\"false\": features the reference coder lacks): %d records, "
                + "%d of %d expected found, %d extra%n", r.unscored().records, r.unscored().found,
                r.unscored().found + r.unscored().uncoded, r.unscored().extra));
        if (details) {
            for (RecordResult rr : r.records()) {
                if (rr.uncoded() == 0 && rr.extra() == 0) {
                    continue;
                }
                b.append(rr.scored() ? "" : "(unscored) ").append(rr.id()).append(" [").append(rr.category())
                        .append("] ").append(rr.text()).append('\n');
                b.append("    expected: ").append(rr.expected()).append('\n');
                b.append("    coded:    ").append(rr.produced()).append('\n');
            }
        }
        return b.toString();
    }

    private static void row(StringBuilder b, String name, Tally t) {
        b.append(String.format("%-10s %7d %8d %7d %8d %6d %8.1f%%%n", name, t.records, t.expected, t.found, t.uncoded,
                t.extra, 100 * t.foundRate()));
    }
}
