package org.dyad.analysis;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dyad.model.json.JsonWriter;

/**
 * Writes analysis results as JSON: records become objects with snake_case names ({@code fStat} →
 * {@code f_stat}), enums their lower-case names, dates ISO strings, arrays lists; non-finite
 * numbers become null (never NaN). One generic mapping, so every result record serialises the
 * same way for the CLI, the dashboard and the report.
 */
public final class AnalysisJson {
    private AnalysisJson() {
    }

    public static String write(Object result) {
        StringBuilder b = new StringBuilder();
        new JsonWriter(b).value(plain(result));
        return b.toString();
    }

    /** The value as maps, lists, strings, numbers and booleans. */
    public static Object plain(Object v) {
        if (v == null || v instanceof String || v instanceof Boolean) {
            return v;
        }
        if (v instanceof Number n) {
            double d = n.doubleValue();
            return (v instanceof Double || v instanceof Float) && (Double.isNaN(d) || Double.isInfinite(d)) ? null : v;
        }
        if (v instanceof Enum<?> e) {
            return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
        if (v instanceof LocalDate) {
            return v.toString();
        }
        if (v instanceof double[] a) {
            List<Object> l = new ArrayList<>(a.length);
            for (double d : a) l.add(plain(d));
            return l;
        }
        if (v instanceof int[] a) {
            List<Object> l = new ArrayList<>(a.length);
            for (int d : a) l.add(d);
            return l;
        }
        if (v instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            for (Map.Entry<?, ?> e : m.entrySet()) out.put(String.valueOf(e.getKey()), plain(e.getValue()));
            return out;
        }
        if (v instanceof Collection<?> c) {
            List<Object> l = new ArrayList<>(c.size());
            for (Object o : c) l.add(plain(o));
            return l;
        }
        if (v.getClass().isRecord()) {
            Map<String, Object> out = new LinkedHashMap<>();
            for (RecordComponent rc : v.getClass().getRecordComponents()) {
                try {
                    out.put(snake(rc.getName()), plain(rc.getAccessor().invoke(v)));
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("cannot read " + rc.getName() + " of " + v.getClass(), e);
                }
            }
            return out;
        }
        return v.toString();
    }

    /** {@code pValueWald} → {@code p_value_wald}; {@code partialR2} → {@code partial_r2}. */
    public static String snake(String camel) {
        StringBuilder b = new StringBuilder(camel.length() + 4);
        for (int i = 0; i < camel.length(); i++) {
            char c = camel.charAt(i);
            if (Character.isUpperCase(c)) {
                b.append('_').append(Character.toLowerCase(c));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
