package org.dyad.report;

import java.lang.reflect.Array;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Map;
import org.dyad.model.json.JsonWriter;

/**
 * Writes records as JSON objects, their components named in snake_case ({@code goldsteinSum} →
 * {@code goldstein_sum}) in declaration order, null components left out; also maps, collections,
 * primitive arrays, strings, numbers and booleans. The same data is written the same way by the
 * report and by the web API, and always in the same order, so output is deterministic.
 */
public final class RecordJson {
    private RecordJson() {
    }

    public static String write(Object value) {
        StringBuilder b = new StringBuilder(256);
        write(value, b);
        return b.toString();
    }

    public static void write(Object v, StringBuilder b) {
        if (v == null) {
            b.append("null");
        } else if (v instanceof String s) {
            JsonWriter.quote(b, s);
        } else if (v instanceof Double || v instanceof Float) {
            JsonWriter.number(b, ((Number) v).doubleValue());
        } else if (v instanceof Number || v instanceof Boolean) {
            b.append(v);
        } else if (v instanceof Record r) {
            record(r, b);
        } else if (v instanceof Map<?, ?> m) {
            b.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : m.entrySet()) {
                b.append(first ? "" : ",");
                first = false;
                JsonWriter.quote(b, String.valueOf(e.getKey()));
                b.append(':');
                write(e.getValue(), b);
            }
            b.append('}');
        } else if (v instanceof Collection<?> c) {
            b.append('[');
            boolean first = true;
            for (Object o : c) {
                b.append(first ? "" : ",");
                first = false;
                write(o, b);
            }
            b.append(']');
        } else if (v.getClass().isArray()) {
            b.append('[');
            for (int i = 0; i < Array.getLength(v); i++) {
                b.append(i == 0 ? "" : ",");
                write(Array.get(v, i), b);
            }
            b.append(']');
        } else {
            JsonWriter.quote(b, v.toString());
        }
    }

    private static void record(Record r, StringBuilder b) {
        b.append('{');
        boolean first = true;
        for (RecordComponent c : r.getClass().getRecordComponents()) {
            Object value;
            try {
                var accessor = c.getAccessor();
                accessor.setAccessible(true);
                value = accessor.invoke(r);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot read " + c.getName() + " of " + r.getClass().getName(), e);
            }
            if (value == null) {
                continue;
            }
            b.append(first ? "" : ",");
            first = false;
            JsonWriter.quote(b, snake(c.getName()));
            b.append(':');
            write(value, b);
        }
        b.append('}');
    }

    /** {@code goldsteinSum} → {@code goldstein_sum}. */
    static String snake(String camel) {
        StringBuilder s = new StringBuilder(camel.length() + 4);
        for (int i = 0; i < camel.length(); i++) {
            char c = camel.charAt(i);
            if (Character.isUpperCase(c)) {
                s.append('_').append(Character.toLowerCase(c));
            } else {
                s.append(c);
            }
        }
        return s.toString();
    }
}
