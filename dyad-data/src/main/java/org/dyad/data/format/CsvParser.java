package org.dyad.data.format;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.dyad.data.io.Fields;
import org.dyad.model.ActorCode;
import org.dyad.model.CameoCode;
import org.dyad.model.Event;
import org.dyad.model.EventIds;
import org.dyad.model.FuzzyDate;
import org.dyad.model.InvalidValueException;
import org.dyad.model.Origin;
import org.dyad.model.Provenance;
import org.dyad.model.QuadClass;
import org.dyad.model.ontology.GoldsteinScale;

/**
 * Any delimited file (comma, tab, semicolon or bar, told from the first line; RFC 4180 quoting,
 * quoted fields may span lines) read through a column mapping from event fields to columns:
 * {@code date=Year,source=Actor1Code,target=Actor2Code,code=EventCode,reports=count_events}.
 * Columns are named as in the header (case and punctuation ignored) or numbered from 1; with
 * {@code header=no} the first line is data. Without a mapping, columns named like the event
 * format's fields ({@code date}, {@code source}, {@code code}, ...) are used, so a Dyad CSV export
 * reads back.
 *
 * <p>Fields: {@code id date date_end source target source_country target_country source_name
 * target_name source_role target_role code event_text quad_class goldstein location doc summary
 * reports}. A date may be {@code YYYY-MM-DD}, {@code YYYYMMDD}, {@code M/D/YYYY}, {@code YYYY-MM}
 * or {@code YYYY} (the precision follows). A country may be a CAMEO or ISO code or a name; without
 * a country column it comes from the actor code, or from a name such as "Foreign Affairs
 * (Azerbaijan)". {@code event_text} is a CAMEO event name. Without an id column the id is a hash
 * of the row, so the same row imported twice is one event.
 */
final class CsvParser extends RowParser {
    static final String[] FIELDS = {"id", "date", "date_end", "source", "target", "source_country", "target_country",
        "source_name", "target_name", "source_role", "target_role", "code", "event_text", "quad_class", "goldstein",
        "location", "doc", "summary", "reports"};
    private final String mapping;
    private final EventNames eventNames;
    private QuotedSplitter splitter;
    private final Map<String, Integer> columns = new LinkedHashMap<>();
    private int width;

    CsvParser(Normalizer norm, String mapping) {
        super(norm);
        this.mapping = mapping;
        this.eventNames = new EventNames(norm.ontology());
    }

    @Override
    public EventFormat format() {
        return EventFormat.CSV;
    }

    @Override
    public Fields split(Fields fields, byte[] buf, int start, int end) {
        if (splitter == null) {
            splitter = new QuotedSplitter(QuotedSplitter.guess(buf, start, end));
        }
        return splitter.split(buf, start, end);
    }

    @Override
    public boolean continues(byte[] buf, int start, int end) {
        return splitter != null && splitter.unclosed(buf, start, end);
    }

    /** True when a line, split at its likeliest delimiter, names at least a date and one other event field. */
    static boolean looksLikeHeader(byte[] buf, int start, int end) {
        Fields f = new QuotedSplitter(QuotedSplitter.guess(buf, start, end)).split(buf, start, end);
        int known = 0;
        boolean date = false;
        for (int i = 0; i < f.count(); i++) {
            String s = f.trimmed(i);
            String k = s == null ? "" : FormatDetector.key(s);
            for (String field : FIELDS) {
                if (k.equals(FormatDetector.key(field))) {
                    known++;
                    date |= field.equals("date");
                }
            }
        }
        return date && known >= 2;
    }

    @Override
    public FirstLine firstLine(Fields f) {
        Map<String, String> wanted = parseMapping();
        boolean header = !"no".equalsIgnoreCase(wanted.remove("header"));
        width = f.count();
        Columns names = header ? new Columns(f) : null;
        if (mapping == null || mapping.isBlank()) {
            for (String field : FIELDS) {
                int i = names == null ? -1 : names.find(field);
                if (i >= 0) {
                    columns.put(field, i);
                }
            }
        } else {
            for (Map.Entry<String, String> m : wanted.entrySet()) {
                columns.put(m.getKey(), column(m.getKey(), m.getValue(), names));
            }
        }
        if (!columns.containsKey("date")) {
            throw new InvalidValueException("the column mapping gives no date column: add date=<column> to --map"
                    + (header ? " (the header has: " + header(f) + ")" : ""));
        }
        return header ? FirstLine.HEADER : FirstLine.DATA;
    }

    private Map<String, String> parseMapping() {
        Map<String, String> m = new LinkedHashMap<>();
        if (mapping == null || mapping.isBlank()) {
            return m;
        }
        for (String pair : mapping.split(",")) {
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                throw new InvalidValueException("bad column mapping '" + pair + "': expected field=column, such as"
                        + " date=Year or source=3");
            }
            String field = pair.substring(0, eq).trim().toLowerCase(Locale.ROOT).replace('-', '_');
            if (field.equals("url")) {
                field = "doc";
            }
            if (!field.equals("header") && !java.util.Arrays.asList(FIELDS).contains(field)) {
                throw new InvalidValueException("unknown field '" + field + "' in the column mapping: expected one of "
                        + String.join(", ", FIELDS) + ", or header=no");
            }
            m.put(field, pair.substring(eq + 1).trim());
        }
        return m;
    }

    private int column(String field, String spec, Columns names) {
        String s = spec.startsWith("#") ? spec.substring(1) : spec;
        if (!s.isEmpty() && s.chars().allMatch(Character::isDigit)) {
            int n = Integer.parseInt(s);
            if (n < 1 || n > width) {
                throw new InvalidValueException("column " + n + " for " + field + " is out of range: the first line"
                        + " has " + width + " columns");
            }
            return n - 1;
        }
        int i = names == null ? -1 : names.find(s);
        if (i < 0) {
            throw new InvalidValueException("no column '" + spec + "' for " + field + " in the header"
                    + (names == null ? " (header=no: give column numbers)" : ""));
        }
        return i;
    }

    private static String header(Fields f) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < f.count() && i < 40; i++) {
            s.append(i > 0 ? ", " : "").append(f.trimmed(i));
        }
        return s.toString();
    }

    private String get(Fields f, String field) {
        Integer i = columns.get(field);
        if (i == null || i >= f.count()) {
            return null;
        }
        String s = f.trimmed(i);
        return s == null || s.equals("NA") || s.equalsIgnoreCase("null") ? null : s;
    }

    @Override
    public boolean mayPass(Fields f, RowFilter filter) throws BadRowException {
        return true;
    }

    @Override
    public Event parse(Fields f) throws BadRowException {
        if (f.count() < width && f.count() <= maxColumn()) {
            throw new BadRowException(fieldCountReason(f, "expected " + width + " fields as in the first line"));
        }
        String ref = get(f, "id");
        String id = ref != null ? Origin.CSV.id() + ":" + ref
                : EventIds.hashed(Origin.CSV.id(), new String(f.buffer(), 0, f.end(f.count() - 1),
                        StandardCharsets.ISO_8859_1));
        Event.Builder b = Event.builder().id(id).origin(Origin.CSV).originRef(ref).date(date(f));
        CameoCode code = norm.code(get(f, "code"), "code");
        if (code == null && get(f, "event_text") != null) {
            code = eventNames.code(get(f, "event_text"));
            if (code == null) {
                throw new BadRowException("event text '" + get(f, "event_text") + "' is not a CAMEO event name");
            }
        }
        b.code(code);
        side(b, f, true);
        side(b, f, false);
        String quad = get(f, "quad_class");
        if (quad != null) {
            try {
                b.quadClass(QuadClass.parse(quad));
            } catch (InvalidValueException e) {
                throw new BadRowException("quad_class '" + quad + "' is not 1 to 4");
            }
        }
        b.goldstein(norm.goldstein(get(f, "goldstein"), "goldstein"));
        b.location(get(f, "location")).summary(get(f, "summary"));
        String doc = get(f, "doc");
        if (doc != null) {
            b.provenance(new Provenance(doc, null, null, null, null));
        }
        String reports = get(f, "reports");
        if (reports != null) {
            try {
                int n = Integer.parseInt(reports);
                if (n < 1) {
                    throw new NumberFormatException();
                }
                b.reports(n);
            } catch (NumberFormatException e) {
                throw new BadRowException("reports '" + reports + "' is not a count of 1 or more");
            }
        }
        try {
            return norm.finish(b, GoldsteinScale.GDELT);
        } catch (InvalidValueException e) {
            throw new BadRowException(e.getMessage());
        }
    }

    private int maxColumn() {
        int max = 0;
        for (int i : columns.values()) {
            max = Math.max(max, i);
        }
        return max;
    }

    private FuzzyDate date(Fields f) throws BadRowException {
        String d = get(f, "date");
        if (d == null) {
            throw new BadRowException("no date");
        }
        FuzzyDate start = partialDate(d);
        String e = get(f, "date_end");
        if (e == null) {
            return start;
        }
        try {
            return FuzzyDate.range(start, partialDate(e));
        } catch (InvalidValueException x) {
            throw new BadRowException("date_end '" + e + "': " + x.getMessage());
        }
    }

    private FuzzyDate partialDate(String d) throws BadRowException {
        if (d.matches("-?\\d{4}|\\d{4}-\\d{2}")) {
            try {
                return FuzzyDate.parse(d);
            } catch (InvalidValueException x) {
                throw new BadRowException("date '" + d + "': " + x.getMessage());
            }
        }
        return norm.anyDay(d, "date");
    }

    private void side(Event.Builder b, Fields f, boolean source) throws BadRowException {
        String prefix = source ? "source" : "target";
        String codeText = get(f, prefix);
        String name = get(f, prefix + "_name");
        String country = norm.countryByName(get(f, prefix + "_country"));
        ActorCode actor = null;
        if (codeText != null) {
            try {
                actor = ActorCode.of(codeText);
            } catch (InvalidValueException e) {
                String c = norm.countryByName(codeText);
                if (c == null) {
                    throw new BadRowException(prefix + " '" + codeText + "' is neither a CAMEO actor code nor a"
                            + " country");
                }
                actor = norm.actor(c, prefix);
                name = name == null ? codeText : name;
            }
        }
        if (country == null && actor != null) {
            country = norm.ontology().countries().byCameo(actor.root()).map(x -> x.cameo()).orElse(null);
        }
        if (country == null && name != null) {
            country = countryOfName(name);
        }
        if (actor == null && country != null) {
            actor = norm.actor(country, prefix);
        }
        String role = get(f, prefix + "_role");
        if (source) {
            b.source(actor).sourceCountry(country).sourceName(name).sourceRole(role);
        } else {
            b.target(actor).targetCountry(country).targetName(name).targetRole(role);
        }
    }

    /** "Military Personnel (Azerbaijan)" → AZE; "Iran" → IRN. */
    private String countryOfName(String name) {
        int open = name.lastIndexOf('(');
        if (open >= 0 && name.endsWith(")")) {
            return norm.countryByName(name.substring(open + 1, name.length() - 1));
        }
        return norm.countryByName(name);
    }
}
