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

    @Option(names = "--parquet", paramLabel = "DIR",
            description = "Read the events of this Parquet folder or file (a 'dyad spark' job's output, an export)"
                    + " through DuckDB's read_parquet into a store in memory, instead of the store on disk.")
    Path parquet;

    public Path home() {
        return home != null ? home : DyadStore.defaultHome();
    }

    /** Opens the store and loads any shipped case study it does not hold yet. */
    public DyadStore open() {
        if (parquet != null) {
            if (!java.nio.file.Files.exists(parquet)) {
                throw new org.dyad.model.InvalidValueException("no such Parquet folder or file: " + parquet);
            }
            DyadStore memory = DyadStore.inMemory();
            try {
                memory.events().load(parquet, org.dyad.store.ExportFormat.PARQUET);
            } catch (RuntimeException e) {
                memory.close();
                throw e;
            }
            return memory;
        }
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
