package org.dyad.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/**
 * Documents events were extracted from, with their text as read from disk, so that an event's
 * {@code char_start..char_end} can be shown in its context.
 */
public final class Documents {
    private final DyadStore store;

    Documents(DyadStore store) {
        this.store = store;
    }

    /** A stored document. {@code text} is the original file's text (offsets index into it). */
    public record Document(String id, String path, String kind, String title, String sha256, String date, String text) {
    }

    public void put(Document d) {
        synchronized (store.writeLock()) {
            try (PreparedStatement ps = store.connection().prepareStatement(
                    "INSERT OR REPLACE INTO documents VALUES (?, ?, ?, ?, ?, ?, ?, current_timestamp, ?)")) {
                ps.setString(1, d.id());
                ps.setString(2, d.path());
                ps.setString(3, d.kind());
                ps.setString(4, d.title());
                ps.setString(5, d.sha256());
                ps.setLong(6, d.text() == null ? 0 : d.text().length());
                ps.setString(7, d.date());
                ps.setString(8, d.text());
                ps.execute();
            } catch (SQLException e) {
                throw new StoreException("cannot store document " + d.id() + ": " + e.getMessage(), e);
            }
        }
    }

    public Optional<Document> get(String id) {
        try (PreparedStatement ps = store.connection().prepareStatement(
                "SELECT id, path, kind, title, sha256, date, text FROM documents WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Document(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7)));
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read document " + id + ": " + e.getMessage(), e);
        }
    }
}
