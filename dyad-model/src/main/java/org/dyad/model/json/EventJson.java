package org.dyad.model.json;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.dyad.model.ActorCode;
import org.dyad.model.Dimension;
import org.dyad.model.Event;
import org.dyad.model.FuzzyDate;
import org.dyad.model.InvalidValueException;
import org.dyad.model.Modality;
import org.dyad.model.Origin;
import org.dyad.model.Provenance;
import org.dyad.model.QuadClass;

/**
 * The JSON Lines event format of docs/event-format.md: one event per line. Writing omits unknown
 * fields. Reading is strict about types and values but accepts the annotation files' synonyms
 * ({@code cameo} for {@code code}, {@code source_person} for {@code source_name}) and ignores
 * fields it does not know, so that gold files and other tools' output can be read.
 */
public final class EventJson {
    private EventJson() {
    }

    /** One line of JSON, without the newline. */
    public static String write(Event e) {
        StringBuilder b = new StringBuilder(512);
        write(e, b);
        return b.toString();
    }

    public static void write(Event e, StringBuilder b) {
        JsonWriter w = new JsonWriter(b).beginObject();
        w.field("id", e.id());
        if (e.date() != null) {
            w.field("date", e.date().isoStart());
            w.field("date_end", e.date().isoEnd());
            w.field("precision", e.date().precision().id());
        }
        w.field("date_text", e.dateText());
        w.field("source", str(e.source()));
        w.field("target", str(e.target()));
        w.field("source_country", e.sourceCountry());
        w.field("target_country", e.targetCountry());
        w.field("source_name", e.sourceName());
        w.field("source_role", e.sourceRole());
        w.field("target_name", e.targetName());
        w.field("target_role", e.targetRole());
        if (e.code() != null) {
            w.field("code", e.code().code());
            w.field("root", e.code().root());
        } else {
            w.name("code").value(null);
        }
        w.field("quad_class", e.quadClass() == null ? null : e.quadClass().number());
        w.field("goldstein", e.goldstein());
        if (!e.dimensions().isEmpty()) {
            List<String> d = new ArrayList<>();
            for (Dimension x : e.dimensions()) {
                d.add(x.id());
            }
            w.name("dimension").value(d);
        }
        w.field("location", e.location());
        if (!e.quantities().isEmpty()) {
            w.name("quantities").value(e.quantities());
        }
        w.field("modality", e.modality().id());
        Provenance p = e.provenance();
        w.field("doc", p.doc());
        w.field("char_start", p.charStart());
        w.field("char_end", p.charEnd());
        w.field("quote", p.quote());
        w.field("citation", p.citation());
        w.field("summary", e.summary());
        w.field("origin", e.origin().id());
        w.field("origin_ref", e.originRef());
        w.field("confidence", e.confidence());
        if (e.reports() != 1) {
            w.field("reports", e.reports());
        }
        if (!e.reportIds().isEmpty()) {
            w.name("report_ids").value(e.reportIds());
        }
        if (!e.flags().isEmpty()) {
            w.name("flags").value(e.flags());
        }
        w.endObject();
    }

    private static String str(Object o) {
        return o == null ? null : o.toString();
    }

    /** Reads one event; {@code origin} must be present. */
    public static Event read(String line) {
        return read(Json.parseObject(line), null);
    }

    /** Reads one event, using {@code defaultOrigin} when the record has none (gold files). */
    public static Event read(String line, Origin defaultOrigin) {
        return read(Json.parseObject(line), defaultOrigin);
    }

    public static Event read(Map<String, Object> m, Origin defaultOrigin) {
        String id = text(m, "id");
        try {
            Event.Builder b = Event.builder().id(id);
            String date = text(m, "date");
            if (date != null) {
                b.date(FuzzyDate.parse(date, text(m, "date_end"), text(m, "precision")));
            }
            b.dateText(text(m, "date_text"));
            b.source(ActorCode.ofNullable(text(m, "source")));
            b.target(ActorCode.ofNullable(text(m, "target")));
            b.sourceCountry(text(m, "source_country"));
            b.targetCountry(text(m, "target_country"));
            b.sourceName(first(m, "source_name", "source_person"));
            b.sourceRole(text(m, "source_role"));
            b.targetName(first(m, "target_name", "target_person"));
            b.targetRole(text(m, "target_role"));
            b.code(first(m, "code", "cameo"));
            Object q = m.get("quad_class");
            if (q != null) {
                b.quadClass(QuadClass.of(integer(q, "quad_class")));
            }
            b.goldstein(number(m, "goldstein"));
            Object dims = m.get("dimension");
            if (dims != null) {
                Set<Dimension> ds = EnumSet.noneOf(Dimension.class);
                for (Object d : list(dims, "dimension")) {
                    ds.add(Dimension.parse(String.valueOf(d)));
                }
                b.dimensions(ds);
            }
            b.location(text(m, "location"));
            Object qs = m.get("quantities");
            if (qs != null) {
                if (!(qs instanceof Map)) {
                    throw new InvalidValueException("quantities must be an object of numbers");
                }
                Map<String, Double> qm = new TreeMap<>();
                for (Map.Entry<?, ?> e : ((Map<?, ?>) qs).entrySet()) {
                    if (!(e.getValue() instanceof Number)) {
                        throw new InvalidValueException("quantity '" + e.getKey() + "' is not a number");
                    }
                    qm.put(String.valueOf(e.getKey()), ((Number) e.getValue()).doubleValue());
                }
                b.quantities(qm);
            }
            b.modality(Modality.parse(text(m, "modality")));
            Integer cs = m.get("char_start") == null ? null : integer(m.get("char_start"), "char_start");
            Integer ce = m.get("char_end") == null ? null : integer(m.get("char_end"), "char_end");
            b.provenance(new Provenance(text(m, "doc"), cs, ce, text(m, "quote"), citation(m.get("citation"))));
            b.summary(text(m, "summary"));
            String origin = text(m, "origin");
            b.origin(origin == null ? defaultOrigin : Origin.parse(origin));
            b.originRef(text(m, "origin_ref"));
            b.confidence(number(m, "confidence"));
            if (m.get("reports") != null) {
                b.reports(integer(m.get("reports"), "reports"));
            }
            if (m.get("report_ids") != null) {
                List<String> ids = new ArrayList<>();
                for (Object o : list(m.get("report_ids"), "report_ids")) {
                    ids.add(String.valueOf(o));
                }
                b.reportIds(ids);
            }
            if (m.get("flags") != null) {
                Set<String> fl = new TreeSet<>();
                for (Object o : list(m.get("flags"), "flags")) {
                    fl.add(String.valueOf(o));
                }
                b.flags(fl);
            }
            return b.build();
        } catch (InvalidValueException e) {
            throw id == null ? e : new InvalidValueException("event " + id + ": " + e.getMessage(), e);
        }
    }

    /** A citation object {section, paragraph, lines} rendered as one line, or a string as it is. */
    public static String renderCitation(Object c) {
        return citation(c);
    }

    static String citation(Object c) {
        if (c == null || c instanceof String) {
            return (String) c;
        }
        if (c instanceof List) {
            List<String> parts = new ArrayList<>();
            for (Object o : (List<?>) c) {
                parts.add(citation(o));
            }
            return String.join("; ", parts);
        }
        if (c instanceof Map) {
            Map<?, ?> m = (Map<?, ?>) c;
            StringBuilder b = new StringBuilder();
            if (m.get("section") != null) {
                b.append(m.get("section"));
            }
            if (m.get("paragraph") != null) {
                b.append(b.length() > 0 ? ", " : "").append("para. ").append(m.get("paragraph"));
            }
            Object lines = m.get("lines");
            if (lines instanceof List && !((List<?>) lines).isEmpty()) {
                List<?> l = (List<?>) lines;
                Object a = l.get(0);
                Object z = l.get(l.size() - 1);
                b.append(b.length() > 0 ? ", " : "").append(a.equals(z) ? "line " + a : "lines " + a + "-" + z);
            }
            return b.toString();
        }
        return String.valueOf(c);
    }

    private static String text(Map<String, Object> m, String k) {
        Object v = m.get(k);
        if (v == null) {
            return null;
        }
        if (!(v instanceof String)) {
            throw new InvalidValueException("field '" + k + "' must be a string, got " + Json.describe(v));
        }
        return (String) v;
    }

    private static String first(Map<String, Object> m, String k1, String k2) {
        String v = text(m, k1);
        return v != null ? v : text(m, k2);
    }

    private static Double number(Map<String, Object> m, String k) {
        Object v = m.get(k);
        if (v == null) {
            return null;
        }
        if (!(v instanceof Number)) {
            throw new InvalidValueException("field '" + k + "' must be a number, got " + Json.describe(v));
        }
        return ((Number) v).doubleValue();
    }

    private static int integer(Object v, String k) {
        if (!(v instanceof Long)) {
            throw new InvalidValueException("field '" + k + "' must be a whole number, got " + Json.describe(v));
        }
        long l = (Long) v;
        if (l < Integer.MIN_VALUE || l > Integer.MAX_VALUE) {
            throw new InvalidValueException("field '" + k + "' is out of range: " + l);
        }
        return (int) l;
    }

    private static List<?> list(Object v, String k) {
        if (!(v instanceof List)) {
            throw new InvalidValueException("field '" + k + "' must be an array, got " + Json.describe(v));
        }
        return (List<?>) v;
    }
}
