package org.dyad.model.ontology;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads a tab-separated resource whose first non-comment line is the header; '#' lines are comments. */
final class TsvResource {
    private TsvResource() {
    }

    static List<Map<String, String>> read(String resource) {
        InputStream in = TsvResource.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("ontology resource " + resource + " is missing from the classpath");
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String[] header = null;
            List<Map<String, String>> rows = new ArrayList<>();
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.startsWith("#") || line.isEmpty()) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (header == null) {
                    header = f;
                    continue;
                }
                if (f.length != header.length) {
                    throw new IllegalStateException(resource + ":" + n + ": " + f.length + " fields, header has "
                            + header.length);
                }
                Map<String, String> row = new HashMap<>();
                for (int i = 0; i < f.length; i++) {
                    row.put(header[i], f[i]);
                }
                rows.add(row);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
