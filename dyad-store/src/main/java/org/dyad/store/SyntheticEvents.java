package org.dyad.store;

import java.util.List;

/**
 * Fills a store with generated events for benchmarks and scale tests: {@code n} day-precision
 * events among 40 countries (IRN, AZE, TUR, RUS, ARM, USA among them) from 1979 to 2016, with
 * CAMEO codes of all four quad classes and their GDELT Goldstein weights, origin {@code gdelt1}
 * and the flag {@code synthetic}. The same {@code n} and {@code seed} give the same rows.
 * Generated in the database (one INSERT ... SELECT), so 10 million rows take seconds.
 */
public final class SyntheticEvents {
    private static final List<String> COUNTRIES = List.of("IRN", "AZE", "TUR", "RUS", "ARM", "USA", "GEO", "KAZ",
            "TKM", "UZB", "IRQ", "SYR", "ISR", "PSE", "SAU", "ARE", "QAT", "EGY", "PAK", "AFG", "IND", "CHN", "JPN",
            "KOR", "DEU", "FRA", "GBR", "ITA", "ESP", "POL", "UKR", "BLR", "NOR", "SWE", "CAN", "MEX", "BRA", "ARG",
            "ZAF", "NGA");
    /** code, root, quad class, Goldstein (GDELT) */
    private static final String[][] CODES = {
        {"010", "01", "1", "0.0"}, {"020", "02", "1", "3.0"}, {"036", "03", "1", "4.0"}, {"040", "04", "1", "1.0"},
        {"042", "04", "1", "1.9"}, {"043", "04", "1", "2.8"}, {"051", "05", "1", "3.4"}, {"057", "05", "1", "8.0"},
        {"061", "06", "2", "6.4"}, {"071", "07", "2", "7.4"}, {"081", "08", "2", "5.0"}, {"090", "09", "3", "-2.0"},
        {"100", "10", "3", "-5.0"}, {"111", "11", "3", "-2.0"}, {"120", "12", "3", "-4.0"}, {"130", "13", "3", "-4.4"},
        {"141", "14", "3", "-6.5"}, {"163", "16", "4", "-8.0"}, {"173", "17", "4", "-5.0"}, {"190", "19", "4", "-10.0"},
    };

    private SyntheticEvents() {
    }

    /** Appends {@code n} generated events (ids {@code syn-<seed>-<i>}); returns the number inserted. */
    public static long generate(DyadStore store, long n, long seed) {
        StringBuilder countries = new StringBuilder("[");
        for (int i = 0; i < COUNTRIES.size(); i++) {
            countries.append(i == 0 ? "" : ", ").append('\'').append(COUNTRIES.get(i)).append('\'');
        }
        countries.append(']');
        StringBuilder codes = new StringBuilder("[");
        for (int i = 0; i < CODES.length; i++) {
            String[] c = CODES[i];
            codes.append(i == 0 ? "" : ", ").append("{'code': '").append(c[0]).append("', 'root': '").append(c[1])
                    .append("', 'quad': ").append(c[2]).append(", 'g': ").append(c[3]).append('}');
        }
        codes.append(']');
        int k = COUNTRIES.size();
        // a multiplicative hash of (i, seed) drives every choice; no RNG state, so any slice is reproducible
        String sql = "INSERT INTO events (id, date, precision, day_start, day_end, source, target, source_country,"
                + " target_country, code, root, quad_class, goldstein, dimensions, modality, origin, reports, flags, pair)"
                + " SELECT 'syn-" + seed + "-' || i, strftime(d, '%Y-%m-%d'), 'day', d, d, sc, tc, sc, tc,"
                + " struct_extract(c, 'code'), struct_extract(c, 'root'), struct_extract(c, 'quad'), struct_extract(c, 'g'), [], 'asserted', 'gdelt1', 1, ['synthetic'],"
                + " dyad_pair(sc, tc)"
                + " FROM (SELECT i, h, DATE '1979-01-01' + CAST(h % 13880 AS INTEGER) AS d,"
                + " " + countries + "[CAST((h // 13880) % " + k + " AS INTEGER) + 1] AS sc,"
                + " " + countries + "[CAST(((h // 13880) % " + k + " + 1 + (h // 555200) % " + (k - 1) + ") % " + k
                + " AS INTEGER) + 1] AS tc,"
                + " " + codes + "[CAST((h // 21764000) % " + CODES.length + " AS INTEGER) + 1] AS c"
                + " FROM (SELECT i, CAST((((CAST(i AS HUGEINT) + " + seed + ") * 6364136223846793005"
                + " + 1442695040888963407) % 1000000000000007) * 2862933555777941757 % 999999999999989 AS BIGINT) AS h"
                + " FROM range(" + n + ") t(i))) x";
        store.execute(sql);
        return n;
    }
}
