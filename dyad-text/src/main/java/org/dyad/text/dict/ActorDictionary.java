package org.dyad.text.dict;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Actors by phrase, for longest-match lookup: the union of any number of sources (a PETRARCH
 * actor file, the countries of the ontology, a person dictionary). PETRARCH's actor format:
 * an entry line {@code NAME_WITH_UNDERSCORES [CODE]}, synonym lines {@code +SYNONYM}, and code
 * lines, usually indented, {@code [CODE]}, {@code [CODE < 950601]}, {@code [CODE > 20130119]} or
 * {@code [CODE 20080120 - 20121109]}; codes joined by {@code /} make a compound actor.
 */
public final class ActorDictionary {
    private static final Pattern CODE_LINE = Pattern.compile("\\[([^\\]]*)\\]");
    private static final Pattern RESTRICTION = Pattern.compile(
            "^\\s*([^\\s<>]*)\\s*(?:(<|>)\\s*(\\d{6,8})|(\\d{6,8})\\s*-\\s*(\\d{6,8}))?\\s*$");

    private final PhraseTrie<ActorEntry> trie = new PhraseTrie<>();
    private final List<ActorEntry> entries = new ArrayList<>();
    private final Set<String> names = new LinkedHashSet<>();

    public ActorDictionary() {
    }

    /** Adds an entry under each of its phrases (written with spaces or underscores). */
    public void add(ActorEntry e, Collection<String> phrases) {
        entries.add(e);
        for (String p : phrases) {
            String[] t = tokens(p);
            if (t.length > 0) {
                trie.put(t, e);
                names.add(p.replace('_', ' ').trim());
            }
        }
    }

    static String[] tokens(String phrase) {
        String t = phrase.trim().toUpperCase(Locale.ROOT).replace('_', ' ').replace('\u2019', '\'').trim();
        if (t.isEmpty()) {
            return new String[0];
        }
        // split possessives the way the tokenizer does: "CARAS GALADHON'S" is not a phrase form
        return t.split("\\s+");
    }

    public PhraseTrie<ActorEntry> trie() {
        return trie;
    }

    public List<ActorEntry> entries() {
        return entries;
    }

    /** Every phrase as written, for the lexicon that proves OCR fixes. */
    public Set<String> names() {
        return names;
    }

    /** Reads a PETRARCH actor file into this dictionary. */
    public ActorDictionary readPetrarch(Path file) {
        return readPetrarch(DictionaryLines.read(file), file.getFileName().toString());
    }

    public ActorDictionary readPetrarch(List<DictionaryLines.Line> lines, String source) {
        return readPetrarch(lines, source, false);
    }

    /**
     * Reads PETRARCH actor lines. With {@code caseFromSpelling} (Dyad's own files, written in
     * mixed case) a phrase written in capitals is an acronym that must be capitalised in the text
     * ("UN", not "un") and any other phrase a proper name that must start with a capital; user
     * files, written in capitals by convention, match text in any case.
     */
    public ActorDictionary readPetrarch(List<DictionaryLines.Line> lines, String source, boolean caseFromSpelling) {
        List<String> phrases = null;
        List<ActorEntry.CodeSpan> codes = null;
        String name = null;
        for (DictionaryLines.Line l : lines) {
            String t = l.text();
            if (t.startsWith("+")) {
                if (phrases == null) {
                    throw new DictionaryException(source + ":" + l.number() + ": synonym '" + t + "' before any actor");
                }
                phrases.add(t.substring(1).trim());
                continue;
            }
            if (t.startsWith("[")) {
                if (codes == null) {
                    throw new DictionaryException(source + ":" + l.number() + ": code '" + t + "' before any actor");
                }
                addCodes(codes, t, source, l.number());
                continue;
            }
            if (phrases != null) {
                addEntry(name, codes, source, phrases, caseFromSpelling);
            }
            phrases = new ArrayList<>();
            codes = new ArrayList<>();
            int bracket = t.indexOf('[');
            String phrase = bracket < 0 ? t : t.substring(0, bracket);
            name = phrase.trim().replace('_', ' ').trim();
            phrases.add(phrase.trim());
            if (bracket >= 0) {
                addCodes(codes, t.substring(bracket), source, l.number());
            }
        }
        if (phrases != null) {
            addEntry(name, codes, source, phrases, caseFromSpelling);
        }
        return this;
    }

    private void addEntry(String name, List<ActorEntry.CodeSpan> codes, String source, List<String> phrases,
                          boolean caseFromSpelling) {
        if (!caseFromSpelling) {
            add(new ActorEntry(name, ActorEntry.Kind.ACTOR, List.copyOf(codes), source), phrases);
            return;
        }
        for (String p : phrases) {
            String letters = p.replaceAll("[^\\p{L}]", "");
            ActorEntry.CaseRule rule = letters.equals(letters.toUpperCase(Locale.ROOT))
                    ? ActorEntry.CaseRule.UPPER : ActorEntry.CaseRule.CAPITALIZED;
            add(new ActorEntry(name, ActorEntry.Kind.ACTOR, List.copyOf(codes), source, rule), List.of(p));
        }
    }

    private static void addCodes(List<ActorEntry.CodeSpan> codes, String text, String source, int line) {
        Matcher m = CODE_LINE.matcher(text);
        while (m.find()) {
            Matcher r = RESTRICTION.matcher(m.group(1));
            if (!r.matches()) {
                throw new DictionaryException(source + ":" + line + ": malformed code '[" + m.group(1)
                        + "]': expected [CODE], [CODE < date], [CODE > date] or [CODE date - date]");
            }
            String code = r.group(1).trim().toUpperCase(Locale.ROOT);
            List<String> parts = code.isEmpty() || code.equals("---") || code.equals("+++") || code.equals("###")
                    ? List.of() : Arrays.asList(code.split("/"));
            LocalDate from = null;
            LocalDate to = null;
            if ("<".equals(r.group(2))) {
                to = date(r.group(3)).minusDays(1);
            } else if (">".equals(r.group(2))) {
                from = date(r.group(3)).plusDays(1);
            } else if (r.group(4) != null) {
                from = date(r.group(4));
                to = date(r.group(5));
            }
            codes.add(new ActorEntry.CodeSpan(List.copyOf(parts), from, to, null, null));
        }
    }

    /** {@code 950601} (TABARI, years 30-99 are 19xx) or {@code 19950601}. */
    static LocalDate date(String d) {
        if (d.length() == 6) {
            int yy = Integer.parseInt(d.substring(0, 2));
            return LocalDate.of(yy < 30 ? 2000 + yy : 1900 + yy, Integer.parseInt(d.substring(2, 4)),
                    Integer.parseInt(d.substring(4, 6)));
        }
        return LocalDate.of(Integer.parseInt(d.substring(0, 4)), Integer.parseInt(d.substring(4, 6)),
                Integer.parseInt(d.substring(6, 8)));
    }
}
