package org.dyad.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The record of loads: what was loaded, when, and how many rows were kept, duplicated or quarantined. */
public final class ImportBatches {
    private final DyadStore store;

    ImportBatches(DyadStore store) {
        this.store = store;
    }

    static void insert(Connection c, ImportBatch b) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO import_batches VALUES"
                + " (?, ?, ?, ?, current_timestamp, current_timestamp, ?, ?, ?, ?, ?, ?)")) {
            ps.setLong(1, b.id());
            ps.setString(2, b.origin());
            ps.setString(3, b.source());
            ps.setString(4, b.sha256());
            ps.setLong(5, b.rowsRead());
            ps.setLong(6, b.rowsKept());
            ps.setLong(7, b.rowsDuplicate());
            ps.setLong(8, b.rowsQuarantined());
            ps.setString(9, b.status());
            ps.setString(10, b.note());
            ps.execute();
        }
    }

    /** The committed batch that loaded exactly this content from this source, if any. */
    public Optional<ImportBatch> find(String source, String sha256) {
        for (ImportBatch b : query("WHERE source = ? AND sha256 = ?", source, sha256)) {
            return Optional.of(b);
        }
        return Optional.empty();
    }

    /** A committed batch with this content hash from any source. */
    public Optional<ImportBatch> findByHash(String sha256) {
        for (ImportBatch b : query("WHERE sha256 = ?", sha256)) {
            return Optional.of(b);
        }
        return Optional.empty();
    }

    public List<ImportBatch> all() {
        return query("");
    }

    private List<ImportBatch> query(String where, String... args) {
        try (PreparedStatement ps = store.connection().prepareStatement("SELECT id, origin, source, sha256, status,"
                + " rows_read, rows_kept, rows_duplicate, rows_quarantined, note FROM import_batches " + where
                + " ORDER BY id")) {
            for (int i = 0; i < args.length; i++) {
                ps.setString(i + 1, args[i]);
            }
            List<ImportBatch> l = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    l.add(new ImportBatch(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getLong(6), rs.getLong(7), rs.getLong(8), rs.getLong(9),
                            rs.getString(10)));
                }
            }
            return l;
        } catch (SQLException e) {
            throw new StoreException("cannot read import batches: " + e.getMessage(), e);
        }
    }
}
