package org.dyad.store;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import org.duckdb.DuckDBConnection;
import org.dyad.model.Event;
import org.dyad.model.EventSink;
import org.dyad.model.Origin;

/**
 * The store as the sink of dataset imports: the fast path for millions of rows.
 *
 * <p>A batch writes its events to a staging file ({@code <store>/staging/}) as they come, which
 * costs the reading thread little, and {@link Batch#commit} loads that file with DuckDB's parallel
 * CSV reader in one transaction that also:
 * <ol>
 * <li>drops exact duplicates: events whose id the store already holds (as an event or as a report
 *     collapsed into one), and later copies of an id repeated in the file;</li>
 * <li>collapses near-duplicates: events of the same origin, day, actor codes and names and event
 *     code become one event, the first in the file, whose {@code reports} adds up theirs and whose
 *     {@code report_ids} lists all their ids; an event matching one already stored is merged into
 *     it the same way (GDELT reports an event again on later days);</li>
 * <li>inserts the rest, and records the batch with the file's SHA-256.</li>
 * </ol>
 * Re-importing a file therefore changes nothing, and a failed or abandoned batch leaves the store
 * as it was. Only events with a day, both actors and a code can be collapsed.
 */
public final class EventImport implements EventSink {
    private static final String COMPLETE = "day_start IS NOT NULL AND source IS NOT NULL AND target IS NOT NULL"
            + " AND code IS NOT NULL";
    private static final String SAME_KEY = "%1$s.origin = %2$s.origin AND %1$s.day_start = %2$s.day_start"
            + " AND %1$s.day_end = %2$s.day_end AND %1$s.source = %2$s.source AND %1$s.target = %2$s.target"
            + " AND %1$s.code = %2$s.code AND %1$s.source_name IS NOT DISTINCT FROM %2$s.source_name"
            + " AND %1$s.target_name IS NOT DISTINCT FROM %2$s.target_name";

    private final DyadStore store;
    private final Path stagingDir;

    EventImport(DyadStore store) {
        this.store = store;
        this.stagingDir = store.file() == null
                ? Path.of(System.getProperty("java.io.tmpdir"), "dyad-staging")
                : store.file().toAbsolutePath().getParent().resolve("staging");
        if (store.file() != null) {
            removeLeftovers();
        }
    }

    /**
     * Staging files left by an import that was killed: the store file is open by this process
     * only (DuckDB locks it), so no other import can be writing them.
     */
    private void removeLeftovers() {
        if (!Files.isDirectory(stagingDir)) {
            return;
        }
        try (java.util.stream.Stream<Path> files = Files.list(stagingDir)) {
            for (Path p : files.filter(f -> f.getFileName().toString().startsWith("batch-")).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new StoreException("cannot clean the staging folder " + stagingDir + ": " + e.getMessage(), e);
        }
    }

    @Override
    public boolean hasLoaded(String source) {
        try (PreparedStatement ps = store.connection().prepareStatement(
                "SELECT 1 FROM import_batches WHERE source = ? AND status = 'done' LIMIT 1")) {
            ps.setString(1, source);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read import batches: " + e.getMessage(), e);
        }
    }

    @Override
    public boolean hasLoaded(String source, String sha256) {
        return store.batches().find(source, sha256).isPresent();
    }

    @Override
    public Batch begin(Origin origin, String source) {
        return new Staged(origin, source);
    }

    /** One file's events on their way into the store. */
    private final class Staged implements Batch {
        private final Origin origin;
        private final String source;
        private final Path file;
        private final Path keyFile;
        private final StagingWriter out;
        private final StagingWriter keysOut;
        private long added;
        private boolean finished;

        Staged(Origin origin, String source) {
            this.origin = origin;
            this.source = source;
            try {
                Files.createDirectories(stagingDir);
                this.file = Files.createTempFile(stagingDir, "batch-", ".tsv");
                this.keyFile = stagingDir.resolve(file.getFileName().toString().replace(".tsv", ".keys.tsv"));
                this.out = new StagingWriter(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16));
                this.keysOut = new StagingWriter(new BufferedOutputStream(Files.newOutputStream(keyFile), 1 << 16));
            } catch (IOException e) {
                throw new StoreException("cannot create a staging file in " + stagingDir + ": " + e.getMessage(), e);
            }
        }

        @Override
        public void add(Event e) {
            try {
                EventRows.stage(out, e, added, origin);
                EventRows.stageKey(keysOut, e, added);
                added++;
            } catch (IOException ex) {
                throw new StoreException("cannot write the staging file " + file + " (disk full?): "
                        + ex.getMessage(), ex);
            }
        }

        @Override
        public long added() {
            return added;
        }

        @Override
        public Committed commit(String sha256, long rowsRead, long rowsQuarantined, String note) {
            if (finished) {
                throw new IllegalStateException("batch of " + source + " already finished");
            }
            try {
                out.close();
                keysOut.close();
            } catch (IOException e) {
                close();
                throw new StoreException("cannot write the staging file " + file + ": " + e.getMessage(), e);
            }
            synchronized (store.writeLock()) {
                try (DuckDBConnection conn = (DuckDBConnection) store.connection().duplicate()) {
                    conn.setAutoCommit(false);
                    try {
                        Committed c = load(conn, sha256, rowsRead, rowsQuarantined, note);
                        conn.commit();
                        return c;
                    } catch (SQLException | RuntimeException e) {
                        conn.rollback();
                        throw e;
                    }
                } catch (SQLException e) {
                    throw new StoreException("cannot store the events of " + source + ": " + e.getMessage()
                            + "; nothing of it was stored", e);
                } finally {
                    finished = true;
                    deleteStaging();
                }
            }
        }

        /**
         * The staging files are read twice. The narrow one (sequence number, id, a hash of the
         * near-duplicate key) is loaded into a small table to work out which rows to drop
         * (duplicates, collapsed copies, rows merged into stored events) and what the kept first
         * copies add up to; then everything else goes from the wide file into {@code events} in one
         * statement, so the wide rows are never copied into a temporary table.
         */
        private Committed load(Connection conn, String sha256, long rowsRead, long rowsQuarantined, String note)
                throws SQLException {
            long id;
            try (Statement st = conn.createStatement()) {
                id = single(st, "SELECT nextval('batch_ids')");
                String keys = "keys_" + id;
                String drop = "drop_" + id;
                String members = "members_" + id;
                String groups = "groups_" + id;
                String into = "into_" + id;
                String o = "'" + origin.id() + "'";
                String staged = EventRows.staged(reader(file, EventRows.STAGED_TYPES), origin);
                boolean storeHasOrigin = single(st, "SELECT count(*) FROM (SELECT 1 FROM events WHERE origin = "
                        + o + " LIMIT 1)") > 0;
                st.execute("CREATE TEMP TABLE " + keys + " AS SELECT * FROM " + reader(keyFile, EventRows.KEY_TYPES));
                st.execute("CREATE TEMP TABLE " + drop + " (seq BIGINT)");
                // exact duplicates: an id stored before (as an event or a collapsed report), or repeated in the file
                if (storeHasOrigin) {
                    st.execute("INSERT INTO " + drop + " SELECT seq FROM " + keys + " WHERE id IN (SELECT id FROM events"
                            + " WHERE origin = " + o + ") OR id IN (SELECT unnest(report_ids) FROM events WHERE origin = "
                            + o + " AND reports > 1)");
                }
                st.execute("INSERT INTO " + drop + " SELECT k.seq FROM " + keys + " k JOIN (SELECT id, min(seq) AS first"
                        + " FROM " + keys + " GROUP BY id HAVING count(*) > 1) d ON k.id = d.id AND k.seq > d.first");
                long duplicates = single(st, "SELECT count(*) FROM " + drop);
                if (duplicates > 0) {
                    st.execute("DELETE FROM " + keys + " WHERE seq IN (SELECT seq FROM " + drop + ")");
                }
                // near-duplicates in the file: every copy after the first is dropped, the first sums them up
                st.execute("CREATE TEMP TABLE " + members + " AS WITH k AS (SELECT key, min(seq) AS first FROM " + keys
                        + " WHERE key IS NOT NULL GROUP BY key HAVING count(*) > 1) SELECT f.seq, f.id, f.reports,"
                        + " f.report_ids, k.first FROM " + keys + " f JOIN k ON f.key = k.key");
                st.execute("CREATE TEMP TABLE " + groups + " AS SELECT first, sum(reports) AS r,"
                        + " string_agg(coalesce(report_ids, id), chr(31) ORDER BY seq) AS ids FROM " + members
                        + " GROUP BY first");
                long collapsed = st.executeUpdate("INSERT INTO " + drop + " SELECT seq FROM " + members
                        + " WHERE seq <> first");
                long merged = 0;
                if (storeHasOrigin) {
                    merged = mergeIntoStored(conn, st, staged, keys, groups, drop, into, o);
                }
                long kept = st.executeUpdate("INSERT INTO events SELECT s.id, date, date_end, precision, s.day_start,"
                        + " s.day_end, date_text, s.source, s.target, source_country, target_country, s.source_name,"
                        + " source_role, s.target_name, target_role, s.code, root, quad_class, goldstein,"
                        + " " + list("dimensions") + ", location, quantities, modality, s.origin, origin_ref, doc, char_start,"
                        + " char_end, quote, citation, summary, confidence, coalesce(g.r, s.reports),"
                        + " " + list("coalesce(g.ids, s.report_ids)") + ", " + list("flags") + ", " + id
                        + ", source_level, target_level, dyad_pair(source_country, target_country) FROM " + staged
                        + " s LEFT JOIN " + groups + " g ON s.seq = g.first"
                        + (duplicates + collapsed + merged > 0 ? " WHERE s.seq NOT IN (SELECT seq FROM " + drop + ")" : ""));
                for (String t : new String[] {keys, drop, members, groups, into}) {
                    st.execute("DROP TABLE IF EXISTS " + t);
                }
                ImportBatch b = new ImportBatch(id, origin.id(), source, sha256, "done", rowsRead, kept,
                        duplicates, rowsQuarantined, note);
                ImportBatches.insert(conn, b);
                return new Committed(kept, duplicates, collapsed + merged);
            }
        }

        private String reader(Path f, String types) {
            String q = "'" + StagingWriter.QUOTE + "'";
            return "read_csv(" + EventTable.literal(f) + ", delim = '\\t', quote = " + q + ", escape = " + q
                    + ", header = false, nullstr = '\\N', allow_quoted_nulls = false, auto_detect = false,"
                    + " columns = " + types + ")";
        }

        /**
         * Merges the file's remaining events into stored events of the same key (adding their
         * reports and ids, the group's when the file had several) and marks them dropped; returns
         * how many were merged.
         */
        private long mergeIntoStored(Connection conn, Statement st, String staged, String keys, String groups,
                                     String drop, String into, String o) throws SQLException {
            LocalDate lo;
            LocalDate hi;
            String candidates = "(SELECT s.seq, s.origin, s.day_start, s.day_end, s.source, s.target, s.source_name,"
                    + " s.target_name, s.code FROM " + staged + " s WHERE s.seq NOT IN (SELECT seq FROM " + drop + "))";
            try (ResultSet rs = st.executeQuery("SELECT min(day_start), max(day_start) FROM " + keys)) {
                rs.next();
                lo = rs.getObject(1, LocalDate.class);
                hi = rs.getObject(2, LocalDate.class);
            }
            if (lo == null) {
                return 0;
            }
            try (PreparedStatement ps = conn.prepareStatement("CREATE TEMP TABLE " + into + " AS SELECT f.seq,"
                    + " min(e.id) AS into_id FROM " + candidates + " f JOIN events e ON " + String.format(SAME_KEY, "e", "f")
                    + " WHERE e.origin = " + o + " AND e.day_start BETWEEN ? AND ? AND f." + COMPLETE.replace(" AND ",
                    " AND f.") + " GROUP BY f.seq")) {
                ps.setObject(1, lo);
                ps.setObject(2, hi);
                ps.execute();
            }
            long merged = single(st, "SELECT count(*) FROM " + into);
            if (merged > 0) {
                st.execute("UPDATE events SET reports = events.reports + m.r, report_ids = (CASE WHEN"
                        + " coalesce(len(events.report_ids), 0) = 0 THEN [events.id] ELSE events.report_ids END)"
                        + " || m.ids FROM (SELECT i.into_id, sum(coalesce(g.r, f.reports)) AS r, string_split(string_agg("
                        + "coalesce(g.ids, f.report_ids, f.id), chr(31) ORDER BY f.seq), chr(31)) AS ids FROM " + into
                        + " i JOIN " + keys + " f ON f.seq = i.seq LEFT JOIN " + groups + " g ON g.first = i.seq"
                        + " GROUP BY i.into_id) m WHERE events.id = m.into_id");
                st.execute("INSERT INTO " + drop + " SELECT seq FROM " + into);
            }
            return merged;
        }

        private String list(String column) {
            return "CASE WHEN " + column + " IS NULL THEN []::VARCHAR[] ELSE string_split(" + column + ", chr(31)) END";
        }

        private long single(Statement st, String sql) throws SQLException {
            try (ResultSet rs = st.executeQuery(sql)) {
                rs.next();
                return rs.getLong(1);
            }
        }

        private void deleteStaging() {
            try {
                Files.deleteIfExists(file);
                Files.deleteIfExists(keyFile);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot remove the staging file " + file, e);
            }
        }

        @Override
        public void close() {
            if (!finished) {
                finished = true;
                try {
                    out.close();
                    keysOut.close();
                } catch (IOException ignored) {
                    // the files are removed below
                }
                deleteStaging();
            }
        }
    }
}
