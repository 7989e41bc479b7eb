package org.dyad.data.format;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dyad.data.io.Fields;
import org.dyad.model.Event;

/** Test helper: runs a parser over lines the way the importer does and collects events and bad rows. */
final class Rows {
    final List<Event> events = new ArrayList<>();
    final List<String> bad = new ArrayList<>();
    int headers;

    static Rows parse(RowParser p, Path file) {
        try {
            return parse(p, Files.readAllLines(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Rows parse(RowParser p, List<String> lines) {
        Rows r = new Rows();
        Fields fields = new Fields(p.delimiter());
        boolean first = true;
        int n = 0;
        for (String line : lines) {
            n++;
            if (line.isBlank()) {
                continue;
            }
            byte[] b = line.getBytes(StandardCharsets.UTF_8);
            try {
                Fields f = p.split(fields, b, 0, b.length);
                if (first) {
                    first = false;
                    if (p.firstLine(f) == RowParser.FirstLine.HEADER) {
                        r.headers++;
                        continue;
                    }
                    f = p.split(fields, b, 0, b.length);
                }
                r.events.add(p.parse(f));
            } catch (BadRowException e) {
                r.bad.add(n + ": " + e.getMessage());
            }
        }
        return r;
    }

    Event byRef(String ref) {
        return events.stream().filter(e -> ref.equals(e.originRef())).findFirst().orElseThrow();
    }
}
