package org.dyad.spark;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.api.java.UDF4;
import org.apache.spark.sql.types.DataTypes;
import org.dyad.model.FuzzyDate;
import org.dyad.store.DateRule;
import org.dyad.store.EventQuery;
import org.dyad.store.Granularity;
import org.dyad.store.SeriesFold;
import org.dyad.store.SeriesQueries;

/**
 * A pair's series from events in Parquet (a Spark job's output or any export in the event format)
 * in Spark SQL: the store's own scan (its SQL text, {@link SeriesFold#sql}, with the store's
 * {@link EventQuery} condition) over a view that has the store's derived columns ({@code day_start},
 * {@code day_end} from the fuzzy date, {@code pair}), and the store's fold of the groups into
 * periods, so every figure is the one {@code dyad series} computes in DuckDB on the same events.
 */
public final class SparkSeries {
    /** The view the scan reads. */
    public static final String VIEW = "dyad_events";

    private SparkSeries() {
    }

    /** Registers {@link #VIEW} over the Parquet at {@code parquet}. */
    public static void register(SparkSession spark, String parquet) {
        spark.udf().register("dyad_day", (UDF4<String, String, String, Boolean, Integer>) (d, e, p, first) -> {
            if (d == null) {
                return null;
            }
            FuzzyDate f = FuzzyDate.parse(d, e, p);
            return (int) (first ? f.earliest() : f.latest()).toEpochDay();
        }, DataTypes.IntegerType);
        // DuckDB's starts_with and list_contains, as EventQuery's conditions use them
        spark.udf().register("starts_with", (UDF2<String, String, Boolean>) (s, p) -> s == null || p == null ? null
                : s.startsWith(p), DataTypes.BooleanType);
        spark.udf().register("list_contains", (UDF2<scala.collection.Seq<String>, String, Boolean>) (l, x) ->
                l == null ? null : l.contains(x), DataTypes.BooleanType);
        spark.read().schema(EventRows.SCHEMA).parquet(parquet).createOrReplaceTempView("dyad_parquet");
        spark.sql("SELECT *, date_from_unix_date(dyad_day(date, date_end, precision, true)) AS day_start,"
                + " date_from_unix_date(dyad_day(date, date_end, precision, false)) AS day_end,"
                + " dimension AS dimensions,"
                + " CASE WHEN source_country IS NULL OR target_country IS NULL THEN NULL"
                + " WHEN source_country <= target_country THEN source_country || '-' || target_country"
                + " ELSE target_country || '-' || source_country END AS pair FROM dyad_parquet")
                .createOrReplaceTempView(VIEW);
    }

    /** The buckets and coverage of the events matching {@code q}, as {@link SeriesQueries#aggregateWithCoverage}. */
    public static SeriesQueries.Aggregate aggregate(SparkSession spark, EventQuery q, Granularity g, DateRule rule) {
        if (!q.levels().isEmpty()) {
            throw new org.dyad.model.InvalidValueException("levels of office are not in the event format's Parquet");
        }
        EventQuery.Sql w = q.where();
        // an alias, or Spark reads "dyad_events WHERE (...)" as the view aliased WHERE with column names
        String sql = SeriesFold.sql(VIEW + " AS e", "(" + inline(w) + ")", true);
        // days as numbers: turning Spark dates into java.sql.Date needs JVM flags Dyad does not want
        org.apache.spark.sql.Dataset<Row> scan = spark.sql(sql);
        String[] c = scan.columns();
        org.apache.spark.sql.Column[] cols = new org.apache.spark.sql.Column[c.length];
        for (int i = 0; i < c.length; i++) {
            cols[i] = i < 2 ? org.apache.spark.sql.functions.unix_date(scan.col("`" + c[i] + "`"))
                    : scan.col("`" + c[i] + "`");
        }
        List<Row> rows = scan.select(cols).collectAsList();
        List<SeriesFold.Group> groups = new ArrayList<>(rows.size());
        for (Row r : rows) {
            groups.add(new SeriesFold.Group(date(r, 0), date(r, 1), r.isNullAt(2) ? null : ((Number) r.get(2)).intValue(),
                    r.getString(3), r.getLong(4), r.getDouble(5), r.getLong(6)));
        }
        return SeriesFold.fold(groups, g, rule);
    }

    /**
     * The condition with its parameters written in as literals (Spark's bound parameters do not reach
     * into a view made from a query): strings quoted, dates as DATE literals, numbers as they are.
     */
    static String inline(EventQuery.Sql w) {
        StringBuilder s = new StringBuilder();
        int p = 0;
        String t = w.text();
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c != '?') {
                s.append(c);
                continue;
            }
            Object v = w.params().get(p++);
            if (v instanceof Number) {
                s.append(v);
            } else if (v instanceof LocalDate d) {
                s.append("DATE '").append(d).append('\'');
            } else {
                s.append('\'').append(v.toString().replace("\\", "\\\\").replace("'", "\\'")).append('\'');
            }
        }
        if (p != w.params().size()) {
            throw new IllegalStateException("parameters left over in " + t);
        }
        return s.toString();
    }

    private static LocalDate date(Row r, int i) {
        if (r.isNullAt(i)) {
            return null;
        }
        return LocalDate.ofEpochDay(r.getInt(i));
    }

    /** The series as CSV: period, events, quad classes, roots 01..20, Goldstein sum and mean, spanning. */
    public static String csv(SeriesQueries.Aggregate a, Granularity g) {
        StringBuilder s = new StringBuilder("period,events,verbal_cooperation,material_cooperation,verbal_conflict,"
                + "material_conflict");
        for (int i = 1; i <= SeriesQueries.ROOTS; i++) {
            s.append(String.format(Locale.ROOT, ",root_%02d", i));
        }
        s.append(",goldstein_sum,goldstein_mean,spanning\n");
        for (SeriesQueries.Bucket b : a.buckets()) {
            s.append(g.label(b.start())).append(',').append(num(b.events()));
            for (double x : b.quads()) {
                s.append(',').append(num(x));
            }
            for (double x : b.roots()) {
                s.append(',').append(num(x));
            }
            s.append(',').append(num(b.goldsteinSum())).append(',')
                    .append(b.goldsteinEvents() > 0 ? num(b.goldsteinSum() / b.goldsteinEvents()) : "")
                    .append(',').append(num(b.spanning())).append('\n');
        }
        return s.toString();
    }

    private static String num(double x) {
        return x == Math.rint(x) && Math.abs(x) < 1e15 ? Long.toString((long) x) : Double.toString(x);
    }
}
