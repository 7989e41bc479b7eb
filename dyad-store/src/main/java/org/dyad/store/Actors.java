package org.dyad.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dyad.model.Actor;
import org.dyad.model.FuzzyDate;
import org.dyad.model.Role;
import org.dyad.model.RoleLevel;

/** The actor dictionary held in the store: persons and organisations with their time-bounded roles. */
public final class Actors {
    private final DyadStore store;

    Actors(DyadStore store) {
        this.store = store;
    }

    /** Replaces the actors of a dictionary (e.g. {@code case-study:irn-aze}) with these, in one transaction. */
    public void replaceDictionary(String dictionary, List<Actor> actors) {
        synchronized (store.writeLock()) {
            var c = store.connection();
            try {
                c.setAutoCommit(false);
                try (PreparedStatement dr = c.prepareStatement(
                        "DELETE FROM actor_roles WHERE actor_id IN (SELECT id FROM actors WHERE dictionary = ?)");
                     PreparedStatement da = c.prepareStatement("DELETE FROM actors WHERE dictionary = ?");
                     PreparedStatement ia = c.prepareStatement("INSERT OR REPLACE INTO actors VALUES (?, ?, ?, ?, ?, ?, ?)");
                     PreparedStatement ir = c.prepareStatement(
                             "INSERT INTO actor_roles VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                    dr.setString(1, dictionary);
                    dr.execute();
                    da.setString(1, dictionary);
                    da.execute();
                    for (Actor a : actors) {
                        ia.setString(1, a.id());
                        ia.setString(2, a.name());
                        ia.setString(3, a.kind().name().toLowerCase(java.util.Locale.ROOT));
                        ia.setString(4, a.country());
                        ia.setArray(5, c.createArrayOf("VARCHAR", a.aliases().toArray()));
                        ia.setString(6, a.source());
                        ia.setString(7, dictionary);
                        ia.execute();
                        for (Role r : a.roles()) {
                            ir.setString(1, a.id());
                            ir.setString(2, r.title());
                            ir.setString(3, r.country());
                            ir.setString(4, r.sector());
                            ir.setString(5, r.level().id());
                            ir.setString(6, r.from() == null ? null : r.from().isoStart());
                            ir.setString(7, r.to() == null ? null : r.to().isoStart());
                            ir.setObject(8, r.from() == null ? null : r.from().earliest());
                            ir.setObject(9, r.to() == null ? null : r.to().latest());
                            ir.execute();
                        }
                    }
                }
                c.commit();
            } catch (SQLException e) {
                try {
                    c.rollback();
                } catch (SQLException ignored) {
                    // reported below
                }
                throw new StoreException("cannot store the actor dictionary " + dictionary + ": " + e.getMessage(), e);
            } finally {
                try {
                    c.setAutoCommit(true);
                } catch (SQLException ignored) {
                    // the connection stays usable for reads
                }
            }
        }
    }

    /** Actors whose name or alias contains {@code text} (all when null), optionally of one country. */
    public List<Actor> find(String text, String country) {
        String sql = "SELECT a.id, a.name, a.kind, a.country, a.aliases, a.source, r.title, r.country, r.sector,"
                + " r.level, r.date_from, r.date_to FROM actors a LEFT JOIN actor_roles r ON r.actor_id = a.id"
                + " WHERE (? IS NULL OR a.name ILIKE ? OR list_contains(list_transform(a.aliases, x -> lower(x)), lower(?))"
                + "   OR array_to_string(a.aliases, '|') ILIKE ?)"
                + " AND (? IS NULL OR a.country = ?)"
                + " ORDER BY a.country, a.name, r.day_from NULLS FIRST";
        Map<String, Actor> byId = new LinkedHashMap<>();
        Map<String, List<Role>> roles = new LinkedHashMap<>();
        try (PreparedStatement ps = store.connection().prepareStatement(sql)) {
            String like = text == null ? null : "%" + text + "%";
            ps.setString(1, text);
            ps.setString(2, like);
            ps.setString(3, text);
            ps.setString(4, like);
            ps.setString(5, country);
            ps.setString(6, country);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String id = rs.getString(1);
                    if (!byId.containsKey(id)) {
                        byId.put(id, new Actor(id, rs.getString(2),
                                EventRows.strings(rs.getArray(5)), rs.getString(4),
                                Actor.Kind.valueOf(rs.getString(3).toUpperCase(java.util.Locale.ROOT)), List.of(),
                                rs.getString(6)));
                        roles.put(id, new ArrayList<>());
                    }
                    if (rs.getString(7) != null) {
                        roles.get(id).add(new Role(rs.getString(7), rs.getString(8), rs.getString(9),
                                RoleLevel.parse(rs.getString(10)), date(rs.getString(11)), date(rs.getString(12))));
                    }
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read actors: " + e.getMessage(), e);
        }
        List<Actor> out = new ArrayList<>();
        for (Actor a : byId.values()) {
            out.add(new Actor(a.id(), a.name(), a.aliases(), a.country(), a.kind(), roles.get(a.id()), a.source()));
        }
        return out;
    }

    private static FuzzyDate date(String s) {
        return s == null ? null : FuzzyDate.parse(s);
    }
}
