package org.dyad.store;

import java.util.Locale;
import org.dyad.model.InvalidValueException;

/** File formats events can be exported to and loaded back from. */
public enum ExportFormat {
    CSV, JSONL, PARQUET;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ExportFormat parse(String s) {
        for (ExportFormat f : values()) {
            if (f.id().equalsIgnoreCase(s.trim())) {
                return f;
            }
        }
        throw new InvalidValueException("unknown export format '" + s + "': expected csv, jsonl or parquet");
    }

    /** The format a file name implies ({@code .csv}, {@code .jsonl}/{@code .json}, {@code .parquet}), or null. */
    public static ExportFormat fromFileName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.endsWith(".csv")) return CSV;
        if (n.endsWith(".jsonl") || n.endsWith(".json") || n.endsWith(".ndjson")) return JSONL;
        if (n.endsWith(".parquet")) return PARQUET;
        return null;
    }
}
