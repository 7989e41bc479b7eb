package org.dyad.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.duckdb.DuckDBConnection;

/**
 * The embedded store: one DuckDB file, {@code dyad.duckdb}, under a data directory ({@code
 * ./.dyad/} by default, or {@code $DYAD_HOME}). Opening checks the file, refuses one that is
 * locked, damaged or from a newer Dyad without touching it, and migrates an older one.
 *
 * <p>Thread use: every thread gets its own duplicate of the connection ({@link #connection()}),
 * as DuckDB wants; writes go through {@link #writer} one batch at a time.
 */
public final class DyadStore implements AutoCloseable {
    public static final String FILE_NAME = "dyad.duckdb";
    /** First bytes of a DuckDB database file, after an 8-byte checksum. */
    private static final byte[] MAGIC = {'D', 'U', 'C', 'K'};

    private final Path file;
    private final DuckDBConnection primary;
    private final ThreadLocal<DuckDBConnection> perThread;
    private final List<DuckDBConnection> duplicates = new ArrayList<>();
    private final Object writeLock = new Object();

    private DyadStore(Path file, DuckDBConnection primary) {
        this.file = file;
        this.primary = primary;
        this.perThread = ThreadLocal.withInitial(this::duplicate);
    }

    /** The data directory: {@code $DYAD_HOME} if set, else {@code ./.dyad}. */
    public static Path defaultHome() {
        String env = System.getenv("DYAD_HOME");
        return env != null && !env.isBlank() ? Paths.get(env) : Paths.get(".dyad");
    }

    /** Opens (creating if needed) the store in a data directory. */
    public static DyadStore open(Path home) {
        try {
            Files.createDirectories(home);
        } catch (IOException e) {
            throw new StoreException("cannot create the data directory " + home + ": " + e.getMessage(), e);
        }
        Path file = home.resolve(FILE_NAME);
        checkHeader(file);
        DuckDBConnection c = connect("jdbc:duckdb:" + file.toAbsolutePath(), file);
        return init(file, c);
    }

    /** A store in memory only, for tests and one-off runs. */
    public static DyadStore inMemory() {
        return init(null, connect("jdbc:duckdb:", null));
    }

    private static DyadStore init(Path file, DuckDBConnection c) {
        DyadStore s = new DyadStore(file, c);
        try {
            s.migrate();
            s.tune();
        } catch (RuntimeException e) {
            s.close();
            throw e;
        }
        return s;
    }

    /** A file that exists but is not a DuckDB database is reported before DuckDB may touch it. */
    private static void checkHeader(Path file) {
        if (!Files.exists(file)) {
            return;
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(12);
            boolean ok = head.length == 12;
            for (int i = 0; ok && i < MAGIC.length; i++) {
                ok = head[8 + i] == MAGIC[i];
            }
            if (!ok) {
                throw new StoreException("the store file " + file + " is damaged or is not a Dyad store"
                        + " (no DuckDB header); it was left as it is. Move it away, or set DYAD_HOME"
                        + " to another directory.");
            }
        } catch (IOException e) {
            throw new StoreException("cannot read the store file " + file + ": " + e.getMessage(), e);
        }
    }

    private static DuckDBConnection connect(String url, Path file) {
        try {
            Class.forName("org.duckdb.DuckDBDriver");
            Properties p = new Properties();
            return (DuckDBConnection) DriverManager.getConnection(url, p);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("the DuckDB driver is missing from the classpath", e);
        } catch (SQLException e) {
            String m = String.valueOf(e.getMessage());
            if (m.contains("lock")) {
                throw new StoreException("the store " + file + " is in use by another process (" + firstLine(m)
                        + "). Close the other Dyad command or server, or set DYAD_HOME to another directory.", e);
            }
            if (m.contains("newer version") || m.contains("version number") || m.contains("storage version")) {
                throw new StoreException("the store " + file + " was written by a newer DuckDB than this Dyad"
                        + " uses (" + firstLine(m) + "); upgrade Dyad. The file was left as it is.", e);
            }
            throw new StoreException("cannot open the store " + file + ": " + firstLine(m)
                    + ". The file was left as it is; if it is damaged, move it away or set DYAD_HOME.", e);
        }
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    private void migrate() {
        try (Statement st = primary.createStatement()) {
            st.execute("CREATE TABLE IF NOT EXISTS dyad_meta (key VARCHAR PRIMARY KEY, value VARCHAR)");
            int version = 0;
            try (ResultSet rs = st.executeQuery("SELECT value FROM dyad_meta WHERE key = 'schema_version'")) {
                if (rs.next()) {
                    version = Integer.parseInt(rs.getString(1));
                }
            }
            if (version > Migrations.latest()) {
                throw new StoreException("the store " + (file == null ? "(memory)" : file) + " has schema version "
                        + version + ", newer than this Dyad knows (" + Migrations.latest()
                        + "); upgrade Dyad. The file was left as it is.");
            }
            if (version == Migrations.latest()) {
                return;
            }
            primary.setAutoCommit(false);
            try {
                for (int v = version; v < Migrations.latest(); v++) {
                    for (String sql : Migrations.STEPS.get(v)) {
                        st.execute(sql);
                    }
                }
                try (PreparedStatement ps = primary.prepareStatement(
                        "INSERT OR REPLACE INTO dyad_meta VALUES ('schema_version', ?)")) {
                    ps.setString(1, Integer.toString(Migrations.latest()));
                    ps.execute();
                }
                primary.commit();
            } catch (SQLException | RuntimeException e) {
                primary.rollback();
                throw e;
            } finally {
                primary.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException("cannot prepare the store schema: " + e.getMessage(), e);
        }
    }

    /**
     * Pages of events sorted by date ({@code ORDER BY ... LIMIT n OFFSET m}) sort only the sort
     * keys and row ids, then read the whole rows of the page: without this, every matching row is
     * copied whole into the sort, several times slower on a million events.
     */
    static final int LATE_MATERIALIZATION_ROWS = 20_000;

    private void tune() {
        try (Statement st = primary.createStatement()) {
            st.execute("SET GLOBAL late_materialization_max_rows = " + LATE_MATERIALIZATION_ROWS);
        } catch (SQLException e) {
            throw new StoreException("cannot configure the store: " + e.getMessage(), e);
        }
    }

    /** The schema version of the open store. */
    public int schemaVersion() {
        return Integer.parseInt(meta("schema_version"));
    }

    public String meta(String key) {
        try (PreparedStatement ps = connection().prepareStatement("SELECT value FROM dyad_meta WHERE key = ?")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read store metadata: " + e.getMessage(), e);
        }
    }

    public void setMeta(String key, String value) {
        try (PreparedStatement ps = connection().prepareStatement("INSERT OR REPLACE INTO dyad_meta VALUES (?, ?)")) {
            ps.setString(1, key);
            ps.setString(2, value);
            ps.execute();
        } catch (SQLException e) {
            throw new StoreException("cannot write store metadata: " + e.getMessage(), e);
        }
    }

    /** The database file, or null for an in-memory store. */
    public Path file() {
        return file;
    }

    /** This thread's connection to the store (a duplicate of the primary one). */
    public DuckDBConnection connection() {
        return perThread.get();
    }

    private DuckDBConnection duplicate() {
        try {
            DuckDBConnection d = (DuckDBConnection) primary.duplicate();
            synchronized (duplicates) {
                duplicates.add(d);
            }
            return d;
        } catch (SQLException e) {
            throw new StoreException("cannot open a connection to the store: " + e.getMessage(), e);
        }
    }

    /** Events: write, query, count, export. */
    public EventTable events() {
        return new EventTable(this);
    }

    /** Starts a write batch: everything added is committed at once by {@link EventWriter#commit}. */
    public EventWriter writer(ImportBatch batch) {
        return new EventWriter(this, batch);
    }

    /**
     * The store as the sink of dataset imports: one staged batch per file, de-duplicated and
     * committed at once (see {@link EventImport}).
     */
    public EventImport imports() {
        return new EventImport(this);
    }

    /** Raw files read by DuckDB alone into tables (the benchmark's yardstick). */
    public RawTables raw() {
        return new RawTables(this);
    }

    Object writeLock() {
        return writeLock;
    }

    public Actors actors() {
        return new Actors(this);
    }

    public Phases phases() {
        return new Phases(this);
    }

    public ImportBatches batches() {
        return new ImportBatches(this);
    }

    public Documents documents() {
        return new Documents(this);
    }

    /** Runs SQL that takes no parameters (maintenance, tests). */
    public void execute(String sql) {
        try (Statement st = connection().createStatement()) {
            st.execute(sql);
        } catch (SQLException e) {
            throw new StoreException("statement failed: " + e.getMessage(), e);
        }
    }

    /**
     * Rewrites the events table in the order of pair, then date, so that DuckDB's zone maps let a
     * query for one pair skip the row groups of all others (pages and counts of a pair among
     * millions of events then read a few row groups instead of the whole table). Imports append
     * in file order; run this after large imports. One transaction: interrupted, nothing changes.
     *
     * @return the number of events rewritten
     */
    public long optimize() {
        synchronized (writeLock) {
            DuckDBConnection c = connection();
            try (Statement st = c.createStatement()) {
                c.setAutoCommit(false);
                try {
                    st.execute("CREATE TABLE events_clustered AS SELECT * FROM events"
                            + " ORDER BY pair NULLS LAST, day_start NULLS LAST, day_end, id");
                    st.execute("DROP TABLE events");
                    st.execute("ALTER TABLE events_clustered RENAME TO events");
                    for (String col : new String[] {"id", "origin", "reports"}) {
                        st.execute("ALTER TABLE events ALTER COLUMN " + col + " SET NOT NULL");
                    }
                    long n;
                    try (ResultSet rs = st.executeQuery("SELECT count(*) FROM events")) {
                        rs.next();
                        n = rs.getLong(1);
                    }
                    try (PreparedStatement ps = c.prepareStatement(
                            "INSERT OR REPLACE INTO dyad_meta VALUES ('clustered_events', ?)")) {
                        ps.setString(1, Long.toString(n));
                        ps.execute();
                    }
                    c.commit();
                    st.execute("CHECKPOINT");
                    return n;
                } catch (SQLException | RuntimeException e) {
                    c.rollback();
                    throw e;
                } finally {
                    c.setAutoCommit(true);
                }
            } catch (SQLException e) {
                throw new StoreException("cannot optimize the store: " + e.getMessage() + "; it was left as it was", e);
            }
        }
    }

    /**
     * How many events were stored when the table was last clustered by {@link #optimize} (0 if
     * never): a store whose count has grown well past it answers pair queries more slowly.
     */
    public long clusteredEvents() {
        String v = meta("clustered_events");
        return v == null ? 0 : Long.parseLong(v);
    }

    /** Forces a checkpoint so the file holds everything written (the WAL is folded in). */
    public void checkpoint() {
        execute("CHECKPOINT");
    }

    @Override
    public void close() {
        synchronized (duplicates) {
            for (Connection d : duplicates) {
                try {
                    d.close();
                } catch (SQLException ignored) {
                    // closing a duplicate of a connection that is going away
                }
            }
            duplicates.clear();
        }
        try {
            primary.close();
        } catch (SQLException e) {
            throw new StoreException("cannot close the store: " + e.getMessage(), e);
        }
    }
}
