package org.dyad.spark;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.dyad.model.ActorCode;
import org.dyad.model.Dimension;
import org.dyad.model.Event;
import org.dyad.model.FuzzyDate;
import org.dyad.model.Modality;
import org.dyad.model.Origin;
import org.dyad.model.Provenance;
import org.dyad.model.QuadClass;
import org.dyad.model.json.Json;
import org.dyad.model.json.JsonWriter;

/**
 * Events as Spark rows with the columns of the event format, the same columns (names, order and
 * types) as the store's Parquet export, so that Spark output loads into the store and reads back
 * as the same events. The extra {@code year} column partitions the output.
 */
public final class EventRows {
    private EventRows() {
    }

    private static StructField f(String name, org.apache.spark.sql.types.DataType t) {
        return new StructField(name, t, true, Metadata.empty());
    }

    /** The event-format columns followed by {@code year}. */
    public static final StructType SCHEMA = new StructType(new StructField[] {
        f("id", DataTypes.StringType), f("date", DataTypes.StringType), f("date_end", DataTypes.StringType),
        f("precision", DataTypes.StringType), f("date_text", DataTypes.StringType),
        f("source", DataTypes.StringType), f("target", DataTypes.StringType),
        f("source_country", DataTypes.StringType), f("target_country", DataTypes.StringType),
        f("source_name", DataTypes.StringType), f("source_role", DataTypes.StringType),
        f("target_name", DataTypes.StringType), f("target_role", DataTypes.StringType),
        f("code", DataTypes.StringType), f("root", DataTypes.StringType), f("quad_class", DataTypes.ByteType),
        f("goldstein", DataTypes.DoubleType), f("dimension", DataTypes.createArrayType(DataTypes.StringType)),
        f("location", DataTypes.StringType), f("quantities", DataTypes.StringType),
        f("modality", DataTypes.StringType), f("doc", DataTypes.StringType),
        f("char_start", DataTypes.IntegerType), f("char_end", DataTypes.IntegerType),
        f("quote", DataTypes.StringType), f("citation", DataTypes.StringType), f("summary", DataTypes.StringType),
        f("origin", DataTypes.StringType), f("origin_ref", DataTypes.StringType),
        f("confidence", DataTypes.DoubleType), f("reports", DataTypes.IntegerType),
        f("report_ids", DataTypes.createArrayType(DataTypes.StringType)),
        f("flags", DataTypes.createArrayType(DataTypes.StringType)), f("year", DataTypes.IntegerType)});

    public static Row toRow(Event e) {
        FuzzyDate d = e.date();
        List<String> dims = new ArrayList<>();
        for (Dimension x : e.dimensions()) {
            dims.add(x.id());
        }
        Provenance p = e.provenance();
        return RowFactory.create(e.id(), d == null ? null : d.isoStart(), d == null ? null : d.isoEnd(),
                d == null ? null : d.precision().id(), e.dateText(), str(e.source()), str(e.target()),
                e.sourceCountry(), e.targetCountry(), e.sourceName(), e.sourceRole(), e.targetName(), e.targetRole(),
                str(e.code()), e.root(), e.quadClass() == null ? null : (byte) e.quadClass().number(), e.goldstein(),
                dims, e.location(), quantities(e.quantities()), e.modality().id(), p.doc(), p.charStart(),
                p.charEnd(), p.quote(), p.citation(), e.summary(), e.origin().id(), e.originRef(), e.confidence(),
                e.reports(), new ArrayList<>(e.reportIds()), new ArrayList<>(e.flags()),
                d == null ? null : d.year());
    }

    public static Event fromRow(Row r) {
        Event.Builder b = Event.builder().id(r.getString(0));
        if (r.getString(1) != null) {
            b.date(FuzzyDate.parse(r.getString(1), r.getString(2), r.getString(3)));
        }
        b.dateText(r.getString(4)).source(ActorCode.ofNullable(r.getString(5)))
                .target(ActorCode.ofNullable(r.getString(6))).sourceCountry(r.getString(7))
                .targetCountry(r.getString(8)).sourceName(r.getString(9)).sourceRole(r.getString(10))
                .targetName(r.getString(11)).targetRole(r.getString(12)).code(r.getString(13));
        b.quadClass(r.isNullAt(15) ? null : QuadClass.of(r.getByte(15)));
        b.goldstein(r.isNullAt(16) ? null : r.getDouble(16));
        Set<Dimension> dims = EnumSet.noneOf(Dimension.class);
        for (String s : strings(r, 17)) {
            dims.add(Dimension.parse(s));
        }
        b.dimensions(dims).location(r.getString(18));
        if (r.getString(19) != null) {
            Map<String, Double> q = new TreeMap<>();
            Json.parseObject(r.getString(19)).forEach((k, v) -> q.put(k, ((Number) v).doubleValue()));
            b.quantities(q);
        }
        b.modality(Modality.parse(r.getString(20)));
        b.provenance(new Provenance(r.getString(21), r.isNullAt(22) ? null : r.getInt(22),
                r.isNullAt(23) ? null : r.getInt(23), r.getString(24), r.getString(25)));
        b.summary(r.getString(26)).origin(Origin.parse(r.getString(27))).originRef(r.getString(28));
        b.confidence(r.isNullAt(29) ? null : r.getDouble(29));
        b.reports(r.isNullAt(30) ? 1 : r.getInt(30));
        b.reportIds(strings(r, 31));
        b.flags(new TreeSet<>(strings(r, 32)));
        return b.build();
    }

    private static List<String> strings(Row r, int i) {
        if (r.isNullAt(i)) {
            return List.of();
        }
        return new ArrayList<>(r.getList(i));
    }

    private static String str(Object o) {
        return o == null ? null : o.toString();
    }

    private static String quantities(Map<String, Double> q) {
        if (q.isEmpty()) {
            return null;
        }
        StringBuilder b = new StringBuilder();
        new JsonWriter(b).value(q);
        return b.toString();
    }
}
