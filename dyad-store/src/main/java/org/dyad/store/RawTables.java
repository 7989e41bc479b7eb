package org.dyad.store;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * DuckDB's own CSV reader, straight into a table of the store, with its type detection and
 * nothing of Dyad's normalisation: the yardstick the import benchmark measures Dyad against on
 * the same file, and a way to look at a raw file with SQL.
 */
public final class RawTables {
    private final DyadStore store;

    RawTables(DyadStore store) {
        this.store = store;
    }

    /**
     * Reads a delimited file without header or quoting (as GDELT's) into {@code table}, replacing
     * it; rows DuckDB cannot read are skipped, short rows padded with nulls. Returns the rows stored.
     */
    public long readTabSeparated(Path file, String table) {
        if (!table.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            throw new IllegalArgumentException("not a table name: " + table);
        }
        try (Statement st = store.connection().createStatement()) {
            st.execute("CREATE OR REPLACE TABLE " + table + " AS SELECT * FROM read_csv(" + EventTable.literal(file)
                    + ", delim = '\\t', header = false, quote = '', escape = '', ignore_errors = true,"
                    + " null_padding = true)");
            try (ResultSet rs = st.executeQuery("SELECT count(*) FROM " + table)) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new StoreException("DuckDB cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
