package org.dyad.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.dyad.model.Event;

/**
 * Writes one batch of events in a single transaction: rows go through DuckDB's appender into a
 * staging table, and {@link #commit} moves the ones whose id the store does not yet hold into
 * {@code events} and records the batch. Closing without committing rolls everything back, so a
 * failed or killed load leaves the store as it was.
 *
 * <pre>{@code
 * try (EventWriter w = store.writer(ImportBatch.of("gdelt1", path, sha))) {
 *     for (Event e : events) w.add(e);
 *     ImportBatch done = w.commit(read, quarantined);
 * }
 * }</pre>
 */
public final class EventWriter implements AutoCloseable {
    private final DyadStore store;
    private final DuckDBConnection conn;
    private final String staging;
    private ImportBatch batch;
    private DuckDBAppender appender;
    private long added;
    private boolean finished;

    EventWriter(DyadStore store, ImportBatch batch) {
        this.store = store;
        synchronized (store.writeLock()) {
            try {
                this.conn = (DuckDBConnection) store.connection().duplicate();
                conn.setAutoCommit(false);
                long id;
                try (Statement st = conn.createStatement();
                     ResultSet rs = st.executeQuery("SELECT nextval('batch_ids')")) {
                    rs.next();
                    id = rs.getLong(1);
                }
                this.batch = batch.withId(id);
                this.staging = "staging_" + id;
                try (Statement st = conn.createStatement()) {
                    st.execute("CREATE TEMP TABLE " + staging + " AS SELECT * FROM events LIMIT 0");
                }
                this.appender = conn.createAppender("temp", "main", staging);
            } catch (SQLException e) {
                throw new StoreException("cannot start writing to the store: " + e.getMessage(), e);
            }
        }
    }

    /** The batch being written, with its id. */
    public ImportBatch batch() {
        return batch;
    }

    public void add(Event e) {
        try {
            EventRows.append(appender, e, batch.id());
            added++;
        } catch (SQLException ex) {
            throw new StoreException("cannot append event " + e.id() + " to the store: " + ex.getMessage(), ex);
        }
    }

    public long added() {
        return added;
    }

    /**
     * Deletes, within this batch's transaction, the events of earlier batches loaded from the same
     * source (a document re-extracted, a case study updated), so the commit replaces them.
     */
    public void replacePreviousLoadsOfSource() {
        try (PreparedStatement ps = conn.prepareStatement(
                "DELETE FROM events WHERE batch_id IN (SELECT id FROM import_batches WHERE source = ?)");
             PreparedStatement pb = conn.prepareStatement("DELETE FROM import_batches WHERE source = ?")) {
            ps.setString(1, batch.source());
            ps.execute();
            pb.setString(1, batch.source());
            pb.execute();
        } catch (SQLException e) {
            throw new StoreException("cannot replace earlier loads of " + batch.source() + ": " + e.getMessage(), e);
        }
    }

    /** Commits with the counts known to the caller; duplicates by id are counted here. */
    public ImportBatch commit() {
        return commit(added, 0);
    }

    /**
     * Moves the staged events whose id is new into the store, records the batch and commits.
     *
     * @param rowsRead rows or records the caller read for this batch
     * @param quarantined of those, how many were rejected as bad
     * @return the batch as recorded: kept = events inserted, duplicate = staged events already present
     */
    public ImportBatch commit(long rowsRead, long quarantined) {
        synchronized (store.writeLock()) {
            try {
                appender.flush();
                appender.close();
                long inserted;
                try (Statement st = conn.createStatement()) {
                    inserted = st.executeUpdate("INSERT INTO events SELECT s.* FROM " + staging + " s"
                            + " WHERE s.id NOT IN (SELECT id FROM events)"
                            + " QUALIFY row_number() OVER (PARTITION BY s.id ORDER BY s.reports DESC) = 1"
                            + " ORDER BY s.pair NULLS LAST, s.day_start NULLS LAST, s.id");
                    st.execute("DROP TABLE " + staging);
                }
                batch = batch.withStatus("done").withCounts(rowsRead, inserted, added - inserted, quarantined);
                ImportBatches.insert(conn, batch);
                conn.commit();
                finished = true;
                return batch;
            } catch (SQLException e) {
                rollback();
                throw new StoreException("cannot commit batch " + batch.id() + " (" + batch.source() + "): "
                        + e.getMessage() + "; nothing of it was stored", e);
            }
        }
    }

    private void rollback() {
        try {
            conn.rollback();
        } catch (SQLException ignored) {
            // the connection is going away; DuckDB discards the open transaction with it
        }
        finished = true;
    }

    @Override
    public void close() {
        try {
            if (!finished) {
                try {
                    appender.close();
                } catch (SQLException ignored) {
                    // rolled back below
                }
                rollback();
            }
        } finally {
            try {
                conn.close();
            } catch (SQLException ignored) {
                // nothing left to release
            }
        }
    }
}
