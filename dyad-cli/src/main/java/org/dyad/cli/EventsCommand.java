package org.dyad.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.dyad.model.ontology.Country;
import org.dyad.store.DyadStore;
import org.dyad.store.EventQuery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "events", mixinStandardHelpOptions = true,
        description = {"List the events between two countries (or involving one), oldest first."},
        footer = {"", "Examples:",
            "  dyad events IRN AZE --from 1993 --to 1995",
            "  dyad events IRN AZE --directed --root 04 --format csv > visits.csv",
            "  dyad events AZE --dimension caspian_energy --format jsonl"})
final class EventsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "A", converter = CountryConverter.class, description = "A country.")
    Country a;

    @Parameters(index = "1", arity = "0..1", paramLabel = "B", converter = CountryConverter.class,
            description = "A second country (omit for every event involving A).")
    Country b;

    @Option(names = "--directed", description = "Only events with A acting on B.")
    boolean directed;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table, csv or jsonl (the event format). Default: ${DEFAULT-VALUE}.")
    EventPrinter.Format format;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "0", description = "At most N events (0: all).")
    int limit;

    @Mixin
    EventFilterOptions filters;

    @Mixin
    StoreOptions store;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (DyadStore s = store.open()) {
            EventQuery q = filters.query(a, b, directed).toBuilder().limit(limit).build();
            EventPrinter p = new EventPrinter(out, format);
            s.events().stream(q, p);
            if (format == EventPrinter.Format.TABLE) {
                out.println(p.printed() + " events");
            }
        }
        out.flush();
        return ExitCodes.OK;
    }
}
