package org.dyad.text.io;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.text.charfilter.MappedText;
import org.dyad.text.charfilter.XmlEntityFilter;

/**
 * A PETRARCH/TABARI-style XML records file, read leniently as those coders read their own files:
 * real files are not always well-formed (comments nested in comments, {@code <! --} typos, stray
 * lines, {@code <PLEvent {...}>} lines), so this scans for the elements it knows instead of
 * parsing XML. Each {@code <Sentence>} becomes a record with its id, date, category, the
 * {@code <Text>} span in the file and the codings it expects; {@code <Parse>} content is ignored.
 * {@code <Config option value>} elements between records change options for the records after
 * them; {@code <Environment>} names the dictionaries the file is coded with.
 */
public final class RecordsFile {
    private static final Pattern ATTR = Pattern.compile("([A-Za-z_][\\w.-]*)\\s*=\\s*(\"([^\"]*)\"|'([^']*)')");
    private static final Pattern ENV_ELEMENT = Pattern.compile("<(\\w+)>\\s*([^<]*?)\\s*</\\1>");

    private final Path path;
    private final String text;
    private final Map<String, String> environment;
    private final List<Record> records;

    /** An expected coding: source, target and event code as written, or a special expectation. */
    public record Coding(String source, String target, String code) {
    }

    /**
     * One record. {@code noEvents} is set for {@code noevents="True"}; {@code error} for
     * {@code error="..."} records (discards, bad input), which expect no events either.
     */
    public record Record(String id, String category, LocalDate date, String dateText, boolean valid,
                         int textStart, int textEnd, List<Coding> expected, boolean noEvents, String error,
                         Map<String, String> config, String comment) {
    }

    private RecordsFile(Path path, String text, Map<String, String> environment, List<Record> records) {
        this.path = path;
        this.text = text;
        this.environment = environment;
        this.records = records;
    }

    public static RecordsFile read(Path file) {
        return parse(file, TextDecoding.readAll(file, null, 512L * 1024 * 1024));
    }

    public static RecordsFile parse(Path file, String s) {
        Map<String, String> env = new LinkedHashMap<>();
        Map<String, String> config = new LinkedHashMap<>();
        List<Record> records = new ArrayList<>();
        int i = 0;
        int n = s.length();
        while (i < n) {
            int lt = s.indexOf('<', i);
            if (lt < 0) {
                break;
            }
            if (s.startsWith("<!--", lt)) {
                i = skipComment(s, lt);
            } else if (startsWithTag(s, lt, "Sentence")) {
                int close = s.indexOf("</Sentence>", lt);
                int tagEnd = s.indexOf('>', lt);
                if (tagEnd < 0) {
                    break;
                }
                int end = close < 0 ? n : close;
                records.add(record(file, s, attrs(s.substring(lt, tagEnd)), tagEnd + 1, end,
                        Collections.unmodifiableMap(new LinkedHashMap<>(config))));
                i = close < 0 ? n : close + "</Sentence>".length();
            } else if (startsWithTag(s, lt, "Config")) {
                int tagEnd = s.indexOf('>', lt);
                Map<String, String> a = attrs(s.substring(lt, Math.max(lt, tagEnd)));
                if (a.containsKey("option")) {
                    config.put(a.get("option"), a.getOrDefault("value", ""));
                }
                i = tagEnd < 0 ? n : tagEnd + 1;
            } else if (startsWithTag(s, lt, "Environment")) {
                int close = s.indexOf("</Environment>", lt);
                int end = close < 0 ? n : close;
                Matcher m = ENV_ELEMENT.matcher(s.substring(lt, end));
                while (m.find()) {
                    env.put(m.group(1), m.group(2));
                }
                Matcher c = Pattern.compile("<Config\\s[^>]*>").matcher(s.substring(lt, end));
                while (c.find()) {
                    Map<String, String> a = attrs(c.group());
                    if (a.containsKey("option")) {
                        config.put(a.get("option"), a.getOrDefault("value", ""));
                    }
                }
                i = close < 0 ? n : close + "</Environment>".length();
            } else {
                i = lt + 1;
            }
        }
        return new RecordsFile(file, s, Collections.unmodifiableMap(env), Collections.unmodifiableList(records));
    }

    private static boolean startsWithTag(String s, int lt, String name) {
        int k = lt + 1 + name.length();
        return s.startsWith(name, lt + 1) && k < s.length()
                && (Character.isWhitespace(s.charAt(k)) || s.charAt(k) == '>' || s.charAt(k) == '/');
    }

    private static int skipComment(String s, int lt) {
        int end = s.indexOf("-->", lt + 4);
        return end < 0 ? s.length() : end + 3;
    }

    private static Map<String, String> attrs(String tag) {
        Map<String, String> m = new LinkedHashMap<>();
        Matcher a = ATTR.matcher(tag);
        while (a.find()) {
            m.put(a.group(1), a.group(3) != null ? a.group(3) : a.group(4));
        }
        return m;
    }

    private static Record record(Path file, String s, Map<String, String> a, int from, int to,
                                 Map<String, String> config) {
        List<Coding> expected = new ArrayList<>();
        boolean noEvents = false;
        String error = null;
        int textStart = -1;
        int textEnd = -1;
        StringBuilder comment = new StringBuilder();
        int i = from;
        while (i < to) {
            int lt = s.indexOf('<', i);
            if (lt < 0 || lt >= to) {
                break;
            }
            if (s.startsWith("<!--", lt)) {
                int end = skipComment(s, lt);
                if (comment.length() < 400) {
                    comment.append(s, lt + 4, Math.max(lt + 4, Math.min(end - 3, to))).append(' ');
                }
                i = end;
            } else if (startsWithTag(s, lt, "EventCoding")) {
                int tagEnd = s.indexOf('>', lt);
                Map<String, String> e = attrs(s.substring(lt, tagEnd < 0 ? to : tagEnd));
                if (e.containsKey("noevents")) {
                    noEvents = true;
                } else if (e.containsKey("error")) {
                    error = e.get("error");
                } else if (e.containsKey("eventcode")) {
                    expected.add(new Coding(e.get("sourcecode"), e.get("targetcode"), e.get("eventcode")));
                }
                i = tagEnd < 0 ? to : tagEnd + 1;
            } else if (startsWithTag(s, lt, "Text")) {
                int close = s.indexOf("</Text>", lt);
                textStart = s.indexOf('>', lt) + 1;
                textEnd = close < 0 || close > to ? to : close;
                i = textEnd;
            } else if (startsWithTag(s, lt, "Parse")) {
                int close = s.indexOf("</Parse>", lt);
                i = close < 0 || close > to ? to : close + "</Parse>".length();
            } else {
                i = lt + 1;
            }
        }
        String id = a.getOrDefault("id", "record-at-" + from);
        String dateText = a.get("date");
        String valid = a.getOrDefault("sentence", a.getOrDefault("valid", a.getOrDefault("evaluate", "true")));
        if (textStart < 0) {
            textStart = textEnd = from;
        }
        return new Record(id, a.getOrDefault("category", ""), recordDate(dateText), dateText,
                !"false".equalsIgnoreCase(valid.trim()), textStart, textEnd, List.copyOf(expected), noEvents,
                error, config, comment.toString().replaceAll("\\s+", " ").trim());
    }

    /** {@code 19950101}, {@code 950101} or ISO; null when absent or unreadable. */
    static LocalDate recordDate(String d) {
        if (d == null) {
            return null;
        }
        String t = d.trim();
        try {
            if (t.matches("\\d{8}")) {
                return LocalDate.of(Integer.parseInt(t.substring(0, 4)), Integer.parseInt(t.substring(4, 6)),
                        Integer.parseInt(t.substring(6, 8)));
            }
            if (t.matches("\\d{6}")) {
                int yy = Integer.parseInt(t.substring(0, 2));
                return LocalDate.of(yy < 30 ? 2000 + yy : 1900 + yy, Integer.parseInt(t.substring(2, 4)),
                        Integer.parseInt(t.substring(4, 6)));
            }
            return LocalDate.parse(t);
        } catch (java.time.DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    public Path path() {
        return path;
    }

    public String text() {
        return text;
    }

    public Map<String, String> environment() {
        return environment;
    }

    public List<Record> records() {
        return records;
    }

    /** The record's text with entities decoded, offsets into this file. */
    public MappedText recordText(Record r) {
        return MappedText.original(text.substring(r.textStart(), r.textEnd()), r.textStart())
                .apply(XmlEntityFilter.INSTANCE);
    }

    /** The records as documents (id = record id, date = record date). */
    public List<SourceDocument> documents() {
        List<SourceDocument> docs = new ArrayList<>(records.size());
        for (Record r : records) {
            docs.add(new SourceDocument(r.id(), path, DocumentKind.RECORDS, r.date(), r.category().toLowerCase(Locale.ROOT),
                    () -> List.of(recordText(r)).iterator(), () -> text));
        }
        return docs;
    }
}
