package org.dyad.cli;

import java.nio.file.Path;
import org.dyad.store.CaseStudies;
import org.dyad.store.DyadStore;
import picocli.CommandLine.Option;

/** {@code --store DIR}: the data directory, shared by every command that reads or writes events. */
public final class StoreOptions {
    @Option(names = "--store", paramLabel = "DIR",
            description = "Data directory holding dyad.duckdb (default: $DYAD_HOME, else ./.dyad).")
    Path home;

    public Path home() {
        return home != null ? home : DyadStore.defaultHome();
    }

    /** Opens the store and loads any shipped case study it does not hold yet. */
    public DyadStore open() {
        DyadStore store = DyadStore.open(home());
        try {
            CaseStudies.ensureLoaded(store);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
        return store;
    }
}
