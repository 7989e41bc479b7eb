package org.dyad.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.dyad.model.InvalidValueException;
import org.dyad.store.DyadStore;
import org.dyad.text.TextExtractor;
import org.dyad.text.code.DocumentCoder;
import org.dyad.text.code.Explanation;
import org.dyad.web.TextStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "explain", mixinStandardHelpOptions = true,
        description = {"Show how an extracted event was found: the sentence and its place in the document, the"
            + " words that gave the source, the target and the action, the dictionary entries and the pattern"
            + " that fired, and how the date was resolved.",
            "For an event in the store ('dyad ingest'), the document's stored text is extracted again with the"
            + " dictionaries used at ingest time. With --file, the file is extracted with the options given."},
        footer = {"", "Examples:", "  dyad explain text:3f2a9c0d1e2b4a59",
            "  dyad explain text:3f2a9c0d1e2b4a59 --file paper.txt --pair IRN,AZE"})
final class ExplainCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "EVENT_ID", description = "The event's id (the 'id' field of an extracted event).")
    String id;

    @Option(names = "--file", paramLabel = "FILE",
            description = "Explain from this document instead of the store (extraction options apply).")
    Path file;

    @Option(names = "--json", description = "Print the explanation as one JSON object.")
    boolean json;

    @Mixin
    ExtractionOptions extraction;

    @Mixin
    StoreOptions store;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Explanation x = file != null ? fromFile() : fromStore(err);
        out.print(json ? x.toJson() + "\n" : x.describe());
        out.flush();
        return ExitCodes.OK;
    }

    private Explanation fromFile() {
        List<Explanation> found = new ArrayList<>();
        extraction.extractor().extract(file, collect(found));
        if (found.isEmpty()) {
            throw new InvalidValueException("no event " + id + " is extracted from " + file
                    + " with these options (ids depend on the document, the words and the codes)");
        }
        return found.get(0);
    }

    private Explanation fromStore(PrintWriter err) {
        try (DyadStore s = store.open()) {
            return TextStore.explain(s, id, note -> {
                List<String> warnings = new ArrayList<>();
                TextExtractor t = TextStore.extractorFor(note, warnings);
                warnings.forEach(w -> err.println("dyad explain: " + w));
                return t;
            });
        }
    }

    /** Keeps the explanation of the event asked for. */
    private java.util.function.Consumer<DocumentCoder.Extracted> collect(List<Explanation> found) {
        return x -> {
            if (x.event().id().equals(id)) {
                found.add(x.explanation());
            }
        };
    }
}
