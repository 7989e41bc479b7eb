package org.dyad.store;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.dyad.model.Event;
import org.dyad.model.InvalidValueException;
import org.dyad.model.json.EventJson;

/** Reading and exporting the events of a store. */
public final class EventTable {
    /**
     * The event-format columns, in the order of docs/event-format.md, as SQL over {@code events}:
     * what CSV and Parquet exports contain (lists as JSON arrays in CSV).
     */
    static final String EXPORT_COLUMNS = "id, date, date_end, precision, date_text, source, target,"
            + " source_country, target_country, source_name, source_role, target_name, target_role, code, root,"
            + " quad_class, goldstein, dimensions AS dimension, location, quantities, modality, doc, char_start,"
            + " char_end, quote, citation, summary, origin, origin_ref, confidence, reports, report_ids, flags";

    private final DyadStore store;

    EventTable(DyadStore store) {
        this.store = store;
    }

    /** Events matching the query, ordered by date then id. */
    public List<Event> query(EventQuery q) {
        List<Event> l = new ArrayList<>();
        stream(q, l::add);
        return l;
    }

    /** Streams events matching the query to the consumer, ordered by date then id. */
    public void stream(EventQuery q, Consumer<Event> sink) {
        EventQuery.Sql w = q.where();
        String sql = "SELECT " + EventRows.COLUMNS + " FROM events WHERE " + w.text()
                + " ORDER BY day_start NULLS LAST, day_end, id" + page(q);
        try (PreparedStatement ps = prepare(store.connection(), sql, w)) {
            ps.setFetchSize(2048);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    sink.accept(EventRows.read(rs));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read events: " + e.getMessage(), e);
        }
    }

    public long count(EventQuery q) {
        EventQuery.Sql w = q.where();
        try (PreparedStatement ps = prepare(store.connection(), "SELECT count(*) FROM events WHERE " + w.text(), w);
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new StoreException("cannot count events: " + e.getMessage(), e);
        }
    }

    public Optional<Event> get(String id) {
        try (PreparedStatement ps = store.connection().prepareStatement(
                "SELECT " + EventRows.COLUMNS + " FROM events WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(EventRows.read(rs)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read event " + id + ": " + e.getMessage(), e);
        }
    }

    private static String page(EventQuery q) {
        return (q.limit() > 0 ? " LIMIT " + q.limit() : "") + (q.offset() > 0 ? " OFFSET " + q.offset() : "");
    }

    /** Prepares {@code sql} and binds the fragment's parameters from position 1. */
    public static PreparedStatement prepare(Connection c, String sql, EventQuery.Sql w) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        bind(ps, 1, w.params());
        return ps;
    }

    /** Binds parameters from {@code first}; returns the next free position. */
    public static int bind(PreparedStatement ps, int first, List<Object> params) throws SQLException {
        int i = first;
        for (Object o : params) {
            if (o instanceof LocalDate) {
                ps.setObject(i++, o);
            } else if (o instanceof Integer) {
                ps.setInt(i++, (Integer) o);
            } else {
                ps.setString(i++, String.valueOf(o));
            }
        }
        return i;
    }

    /**
     * Writes the matching events to a file in the event format: JSON Lines one event per line; CSV
     * and Parquet one column per field (lists and quantities as JSON text in CSV). Returns the
     * number of events written.
     */
    public long export(EventQuery q, ExportFormat format, Path out) {
        try {
            Path parent = out.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            throw new StoreException("cannot create the folder of " + out + ": " + e.getMessage(), e);
        }
        if (format == ExportFormat.JSONL) {
            return exportJsonl(q, out);
        }
        EventQuery.Sql w = q.where();
        String select = "SELECT " + EXPORT_COLUMNS + " FROM events WHERE " + w.text()
                + " ORDER BY day_start NULLS LAST, day_end, id" + page(q);
        String options = format == ExportFormat.CSV ? "(FORMAT CSV, HEADER TRUE)" : "(FORMAT PARQUET, COMPRESSION ZSTD)";
        String tmp = "export_" + Long.toHexString(System.nanoTime());
        Connection c = store.connection();
        try {
            try (PreparedStatement ps = prepare(c, "CREATE TEMP TABLE " + tmp + " AS " + select, w)) {
                ps.execute();
            }
            try (Statement st = c.createStatement()) {
                long n = 0;
                try (ResultSet rs = st.executeQuery("SELECT count(*) FROM " + tmp)) {
                    rs.next();
                    n = rs.getLong(1);
                }
                st.execute("COPY " + tmp + " TO " + literal(out) + " " + options);
                st.execute("DROP TABLE " + tmp);
                return n;
            }
        } catch (SQLException e) {
            throw new StoreException("cannot export to " + out + ": " + e.getMessage(), e);
        }
    }

    private long exportJsonl(EventQuery q, Path out) {
        long[] n = {0};
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            StringBuilder b = new StringBuilder(1024);
            stream(q, e -> {
                b.setLength(0);
                EventJson.write(e, b);
                b.append('\n');
                try {
                    w.append(b);
                } catch (IOException ex) {
                    throw new UncheckedIOException(ex);
                }
                n[0]++;
            });
        } catch (IOException | UncheckedIOException e) {
            throw new StoreException("cannot write " + out + ": " + e.getMessage(), e);
        }
        return n[0];
    }

    /** A file path as a SQL string literal (quotes doubled): paths cannot be bound as parameters in COPY. */
    static String literal(Path p) {
        return "'" + p.toAbsolutePath().toString().replace("'", "''") + "'";
    }

    /**
     * Reads events back from a file written by {@link #export}, in the given format, into a list
     * (the round trip: what was exported loads back as the same events). JSON Lines errors name
     * the line.
     */
    public List<Event> readExport(Path in, ExportFormat format) {
        List<Event> l = new ArrayList<>();
        scanExport(in, format, l::add);
        return l;
    }

    /**
     * Loads events exported by Dyad (or written by its Spark jobs) into the store as one batch:
     * a file, or a folder of Parquet files partitioned by year ({@code year=1993/part-*.parquet}).
     * Events whose id is already stored are counted as duplicates, so loading twice changes nothing.
     */
    public ImportBatch load(Path in, ExportFormat format) {
        try (EventWriter w = store.writer(ImportBatch.of("load", in.toAbsolutePath().toString(), null))) {
            scanExport(in, format, w::add);
            return w.commit();
        }
    }

    private void scanExport(Path in, ExportFormat format, Consumer<Event> sink) {
        if (!Files.exists(in)) {
            throw new InvalidValueException("no such file or folder: " + in);
        }
        if (format == ExportFormat.JSONL) {
            try (BufferedReader r = Files.newBufferedReader(in, StandardCharsets.UTF_8)) {
                String line;
                int n = 0;
                while ((line = r.readLine()) != null) {
                    n++;
                    if (!line.isBlank()) {
                        try {
                            sink.accept(EventJson.read(line));
                        } catch (InvalidValueException e) {
                            throw new InvalidValueException(in + ":" + n + ": " + e.getMessage(), e);
                        }
                    }
                }
            } catch (IOException e) {
                throw new StoreException("cannot read " + in + ": " + e.getMessage(), e);
            }
            return;
        }
        String reader;
        if (format == ExportFormat.CSV) {
            reader = "read_csv(" + literal(in) + ", header = true, all_varchar = true)";
        } else if (Files.isDirectory(in)) {
            reader = "read_parquet(" + literal(in.resolve("**").resolve("*.parquet"))
                    + ", hive_partitioning = true, union_by_name = true)";
        } else {
            reader = "read_parquet(" + literal(in) + ")";
        }
        String tmp = "import_" + Long.toHexString(System.nanoTime());
        Connection c = store.connection();
        try (Statement st = c.createStatement()) {
            st.execute("CREATE TEMP TABLE " + tmp + " AS SELECT * FROM events LIMIT 0");
            try {
                st.execute("INSERT INTO " + tmp + " (id, date, date_end, precision, date_text, source,"
                        + " target, source_country, target_country, source_name, source_role, target_name, target_role,"
                        + " code, root, quad_class, goldstein, dimensions, location, quantities, modality, origin,"
                        + " origin_ref, doc, char_start, char_end, quote, citation, summary, confidence, reports,"
                        + " report_ids, flags) SELECT id, date, date_end, precision, date_text, source,"
                        + " target, source_country, target_country, source_name, source_role, target_name, target_role,"
                        + " code, root, quad_class, goldstein, dimension, location, quantities, modality, origin,"
                        + " origin_ref, doc, char_start, char_end, quote, citation, summary, confidence, reports,"
                        + " report_ids, flags FROM " + reader);
                try (ResultSet rs = st.executeQuery("SELECT " + EventRows.COLUMNS + " FROM " + tmp + " ORDER BY rowid")) {
                    while (rs.next()) {
                        sink.accept(EventRows.read(rs));
                    }
                }
            } finally {
                st.execute("DROP TABLE " + tmp);
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read " + in + " as " + format.id() + ": " + e.getMessage(), e);
        }
    }
}
