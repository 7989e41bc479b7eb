package org.dyad.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.dyad.model.FuzzyDate;

/** Asserted phases of relationships (from case studies), by pair. */
public final class Phases {
    private final DyadStore store;

    Phases(DyadStore store) {
        this.store = store;
    }

    /** Replaces the phases of one origin (e.g. {@code case-study:irn-aze}) for a pair. */
    public void replace(String origin, List<Phase> phases) {
        synchronized (store.writeLock()) {
            var c = store.connection();
            try {
                c.setAutoCommit(false);
                try (PreparedStatement d = c.prepareStatement("DELETE FROM phases WHERE origin = ?");
                     PreparedStatement i = c.prepareStatement(
                             "INSERT INTO phases VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                    d.setString(1, origin);
                    d.execute();
                    for (Phase p : phases) {
                        String[] pair = ordered(p.countryA(), p.countryB());
                        i.setString(1, p.id());
                        i.setString(2, pair[0]);
                        i.setString(3, pair[1]);
                        i.setString(4, p.label());
                        i.setString(5, p.from().isoStart());
                        i.setString(6, p.to() == null ? null : p.to().isRange() ? p.to().isoEnd() : p.to().isoStart());
                        i.setObject(7, p.from().earliest());
                        i.setObject(8, p.to() == null ? null : p.to().latest());
                        i.setString(9, p.tone());
                        i.setInt(10, p.level());
                        i.setString(11, p.citation());
                        i.setString(12, p.summary());
                        i.setString(13, origin);
                        i.execute();
                    }
                }
                c.commit();
            } catch (SQLException e) {
                try {
                    c.rollback();
                } catch (SQLException ignored) {
                    // reported below
                }
                throw new StoreException("cannot store phases of " + origin + ": " + e.getMessage(), e);
            } finally {
                try {
                    c.setAutoCommit(true);
                } catch (SQLException ignored) {
                    // still usable for reads
                }
            }
        }
    }

    private static String[] ordered(String a, String b) {
        return a.compareTo(b) <= 0 ? new String[] {a, b} : new String[] {b, a};
    }

    /** Phases asserted for the pair (either order), by start date. */
    public List<Phase> forPair(String a, String b) {
        String[] pair = ordered(a, b);
        List<Phase> l = new ArrayList<>();
        try (PreparedStatement ps = store.connection().prepareStatement("SELECT id, country_a, country_b, label,"
                + " date, date_end, tone, level, citation, summary, origin FROM phases"
                + " WHERE country_a = ? AND country_b = ? ORDER BY day_start, day_end")) {
            ps.setString(1, pair[0]);
            ps.setString(2, pair[1]);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String to = rs.getString(6);
                    l.add(new Phase(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            FuzzyDate.parse(rs.getString(5)), to == null ? null : FuzzyDate.parse(to),
                            rs.getString(7), rs.getInt(8), rs.getString(9), rs.getString(10), rs.getString(11)));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read phases: " + e.getMessage(), e);
        }
        return l;
    }
}
