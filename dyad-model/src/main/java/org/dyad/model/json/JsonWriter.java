package org.dyad.model.json;

import java.util.Collection;
import java.util.Map;

/**
 * Writes compact JSON into a {@link StringBuilder}: objects with {@link #name}/value calls, or
 * whole maps, lists, strings, numbers, booleans and null with {@link #value}. Integral doubles are
 * written without a fraction ({@code 14}, not {@code 14.0}). Not thread-safe; reuse per thread.
 */
public final class JsonWriter {
    private final StringBuilder b;
    private boolean needComma;

    public JsonWriter(StringBuilder b) {
        this.b = b;
    }

    public JsonWriter beginObject() {
        comma();
        b.append('{');
        needComma = false;
        return this;
    }

    public JsonWriter endObject() {
        b.append('}');
        needComma = true;
        return this;
    }

    public JsonWriter beginArray() {
        comma();
        b.append('[');
        needComma = false;
        return this;
    }

    public JsonWriter endArray() {
        b.append(']');
        needComma = true;
        return this;
    }

    public JsonWriter name(String name) {
        comma();
        quote(b, name);
        b.append(':');
        needComma = false;
        return this;
    }

    /** Writes {@code "name": value} unless the value is null. */
    public JsonWriter field(String name, Object value) {
        if (value != null) {
            name(name).value(value);
        }
        return this;
    }

    public JsonWriter value(Object v) {
        comma();
        if (v == null) {
            b.append("null");
        } else if (v instanceof String) {
            quote(b, (String) v);
        } else if (v instanceof Double || v instanceof Float) {
            number(b, ((Number) v).doubleValue());
        } else if (v instanceof Number || v instanceof Boolean) {
            b.append(v);
        } else if (v instanceof Map) {
            b.append('{');
            needComma = false;
            for (Map.Entry<?, ?> e : ((Map<?, ?>) v).entrySet()) {
                name(String.valueOf(e.getKey()));
                value(e.getValue());
            }
            b.append('}');
        } else if (v instanceof Collection) {
            b.append('[');
            needComma = false;
            for (Object o : (Collection<?>) v) {
                value(o);
            }
            b.append(']');
        } else {
            quote(b, v.toString());
        }
        needComma = true;
        return this;
    }

    private void comma() {
        if (needComma) {
            b.append(',');
        }
    }

    public static void number(StringBuilder b, double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            b.append("null");
        } else if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            b.append((long) d);
        } else {
            b.append(d);
        }
    }

    /** Appends {@code s} as a JSON string literal. */
    public static void quote(StringBuilder b, String s) {
        b.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"': b.append("\\\""); break;
                case '\\': b.append("\\\\"); break;
                case '\n': b.append("\\n"); break;
                case '\r': b.append("\\r"); break;
                case '\t': b.append("\\t"); break;
                default:
                    if (c < 0x20 || c == 0x2028 || c == 0x2029) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
            }
        }
        b.append('"');
    }

    public static String quote(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2);
        quote(b, s);
        return b.toString();
    }
}
