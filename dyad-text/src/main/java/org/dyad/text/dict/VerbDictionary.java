package org.dyad.text.dict;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A verb dictionary in PETRARCH-1's format (TABARI's, less stemming): synsets ({@code &NAME} then
 * {@code +phrase} lines), and verb blocks ({@code --- NAME [code] ---}) listing verbs with
 * optional own code and irregular forms ({@code BREAK {BROKE BROKEN}}), multi-word verbs whose
 * inflected word carries a {@code +} ({@code WIRE_+TAP}, {@code +BREAK_DOWN}) and patterns
 * ({@code - * TO + [032]}) that apply to every verb of the block. Regular forms are generated
 * ({@code -S/-ES/-IES}, {@code -ED/-D/-IED}, {@code -ING}).
 *
 * <p>Extension (backwards compatible): a block whose header starts with {@code NOUN} ({@code ---
 * NOUN VISIT [042] ---}) lists nouns that denote events ("an official visit to", "the signing
 * of"); their forms are the singular and plural, and they are matched where a noun stands.
 */
public final class VerbDictionary {
    private static final Pattern HEADER = Pattern.compile("^-{3}\\s*(.*?)\\s*((?:\\[[^\\]]*\\]\\s*)*)-*\\s*$");
    private static final Pattern CODE = Pattern.compile("\\[([^\\]]*)\\]");

    private final String name;
    private final Map<String, List<String[]>> synsets;
    private final List<Block> blocks;
    private final Map<String, List<Form>> formsByWord;

    /** A verb block: its default code, whether its entries are nouns, and its patterns, most specific first. */
    public record Block(String name, String code, boolean nominal, List<VerbPattern> patterns, int line) {
    }

    /**
     * A form of a verb as it appears in text: the inflected word, the words that must precede and
     * follow it for a multi-word verb, the entry's own code (or null for the block's), and whether
     * the form is a past tense or participle (which is never a noun).
     */
    public record Form(Block block, String lemma, String word, String[] before, String[] after, String code,
                       boolean past, int line) {
        public String effectiveCode() {
            return code != null ? code : block.code();
        }

        public int length() {
            return before.length + 1 + after.length;
        }
    }

    private VerbDictionary(String name, Map<String, List<String[]>> synsets, List<Block> blocks,
                           Map<String, List<Form>> formsByWord) {
        this.name = name;
        this.synsets = synsets;
        this.blocks = blocks;
        this.formsByWord = formsByWord;
    }

    public static VerbDictionary read(Path file) {
        return parse(DictionaryLines.read(file), file.getFileName().toString());
    }

    public static VerbDictionary parse(List<DictionaryLines.Line> lines, String name) {
        Map<String, List<String[]>> synsets = new LinkedHashMap<>();
        List<Block> blocks = new ArrayList<>();
        Map<String, List<Form>> forms = new HashMap<>();
        String currentSynset = null;
        String blockName = null;
        String blockCode = null;
        boolean nominal = false;
        int blockLine = 0;
        List<VerbPattern> patterns = new ArrayList<>();
        List<Object[]> verbLines = new ArrayList<>();
        for (DictionaryLines.Line l : lines) {
            String t = l.text();
            if (t.startsWith("---")) {
                flush(blocks, forms, blockName, blockCode, nominal, blockLine, patterns, verbLines, name);
                Matcher m = HEADER.matcher(t);
                if (!m.matches()) {
                    throw new DictionaryException(name + ":" + l.number() + ": malformed block header '" + t
                            + "': expected --- NAME [code] ---");
                }
                String head = m.group(1).trim().toUpperCase(Locale.ROOT);
                nominal = head.startsWith("NOUN ");
                blockName = nominal ? head.substring(5).trim() : head;
                Matcher c = CODE.matcher(m.group(2));
                blockCode = c.find() ? c.group(1).trim() : "---";
                blockLine = l.number();
                patterns = new ArrayList<>();
                verbLines = new ArrayList<>();
                currentSynset = null;
            } else if (t.startsWith("&")) {
                currentSynset = t.split("\\s+")[0].toUpperCase(Locale.ROOT).replaceAll("_+$", "");
                synsets.put(currentSynset, new ArrayList<>());
                flush(blocks, forms, blockName, blockCode, nominal, blockLine, patterns, verbLines, name);
                blockName = null;
                patterns = new ArrayList<>();
                verbLines = new ArrayList<>();
            } else if (t.startsWith("+") && currentSynset != null) {
                synsets.get(currentSynset).add(words(t.substring(1)));
            } else if (t.startsWith("-")) {
                currentSynset = null;
                if (blockName == null) {
                    throw new DictionaryException(name + ":" + l.number() + ": pattern '" + t + "' outside a verb block");
                }
                patterns.add(pattern(t.substring(1).trim(), name, l.number()));
            } else {
                currentSynset = null;
                if (blockName == null) {
                    continue; // stray line between blocks: TABARI ignores it too
                }
                verbLines.add(new Object[] {t, l.number()});
            }
        }
        flush(blocks, forms, blockName, blockCode, nominal, blockLine, patterns, verbLines, name);
        for (List<Form> fl : forms.values()) {
            fl.sort(Comparator.comparingInt(Form::length).reversed());
        }
        return new VerbDictionary(name, Collections.unmodifiableMap(synsets), Collections.unmodifiableList(blocks),
                forms);
    }

    private static void flush(List<Block> blocks, Map<String, List<Form>> forms, String blockName, String code,
                              boolean nominal, int line, List<VerbPattern> patterns, List<Object[]> verbLines,
                              String file) {
        if (blockName == null) {
            return;
        }
        List<VerbPattern> sorted = new ArrayList<>(patterns);
        sorted.sort(Comparator.comparingInt(VerbPattern::weight).reversed());
        Block b = new Block(blockName, code, nominal, Collections.unmodifiableList(sorted), line);
        blocks.add(b);
        if (verbLines.isEmpty()) {
            verbLines.add(new Object[] {blockName, line});
        }
        for (Object[] vl : verbLines) {
            addVerb(forms, b, (String) vl[0], (Integer) vl[1], file);
        }
    }

    /** Parses {@code WORD [code] {FORM FORM}} and multi-word {@code WIRE_+TAP {WIRE_+TAPPED}}. */
    private static void addVerb(Map<String, List<Form>> forms, Block b, String line, int number, String file) {
        String t = line.toUpperCase(Locale.ROOT);
        String code = null;
        Matcher c = CODE.matcher(t);
        if (c.find()) {
            code = c.group(1).trim();
            t = t.substring(0, c.start()) + t.substring(c.end());
        }
        List<String> irregular = new ArrayList<>();
        int brace = t.indexOf('{');
        if (brace >= 0) {
            int close = t.indexOf('}', brace);
            for (String f : t.substring(brace + 1, close < 0 ? t.length() : close).trim().split("\\s+")) {
                if (!f.isBlank()) {
                    irregular.add(f);
                }
            }
            t = t.substring(0, brace);
        }
        String phrase = t.trim();
        if (phrase.isEmpty()) {
            return;
        }
        String[] w = phrase.replace('_', ' ').trim().split("\\s+");
        int verbIndex = 0;
        for (int i = 0; i < w.length; i++) {
            if (w[i].startsWith("+")) {
                verbIndex = i;
                w[i] = w[i].substring(1);
            }
        }
        String lemma = w[verbIndex];
        String[] before = java.util.Arrays.copyOfRange(w, 0, verbIndex);
        String[] after = java.util.Arrays.copyOfRange(w, verbIndex + 1, w.length);
        Set<String> regular = new LinkedHashSet<>();
        Set<String> past = new LinkedHashSet<>();
        regular.add(lemma);
        if (b.nominal()) {
            regular.add(plural(lemma));
        } else {
            regular.add(thirdPerson(lemma));
            past.add(pastForm(lemma));
            regular.add(ingForm(lemma));
            if (doublesFinalConsonant(lemma)) {
                // "expel" makes "expelled": both spellings are made, the wrong one never occurs in text
                String last = lemma.substring(lemma.length() - 1);
                past.add(lemma + last + "ED");
                regular.add(lemma + last + "ING");
            }
        }
        for (String f : irregular) {
            String[] fw = f.replace('_', ' ').trim().split("\\s+");
            for (String x : fw) {
                if (x.startsWith("+")) {
                    String form = x.substring(1);
                    if (!regular.contains(form)) {
                        past.add(form);
                    }
                }
            }
            if (fw.length == 1 && !fw[0].startsWith("+")) {
                if (!regular.contains(fw[0])) {
                    past.add(fw[0]);
                }
            }
        }
        for (String f : regular) {
            add(forms, new Form(b, lemma, f, before, after, code, false, number));
        }
        for (String f : past) {
            if (!regular.contains(f)) {
                add(forms, new Form(b, lemma, f, before, after, code, !f.endsWith("ING") && !f.endsWith("S"), number));
            }
        }
    }

    private static void add(Map<String, List<Form>> forms, Form f) {
        forms.computeIfAbsent(f.word(), k -> new ArrayList<>()).add(f);
    }

    static String thirdPerson(String v) {
        if (v.endsWith("S") || v.endsWith("X") || v.endsWith("Z") || v.endsWith("CH") || v.endsWith("SH")) {
            return v + "ES";
        }
        if (v.endsWith("Y") && v.length() > 1 && !isVowel(v.charAt(v.length() - 2))) {
            return v.substring(0, v.length() - 1) + "IES";
        }
        return v + "S";
    }

    static String plural(String n) {
        return thirdPerson(n);
    }

    static String pastForm(String v) {
        if (v.endsWith("E")) {
            return v + "D";
        }
        if (v.endsWith("Y") && v.length() > 1 && !isVowel(v.charAt(v.length() - 2))) {
            return v.substring(0, v.length() - 1) + "IED";
        }
        return v + "ED";
    }

    static String ingForm(String v) {
        if (v.endsWith("E") && !v.endsWith("EE") && v.length() > 2) {
            return v.substring(0, v.length() - 1) + "ING";
        }
        return v + "ING";
    }

    /** Consonant-vowel-consonant at the end (not w, x, y): the final consonant may double. */
    static boolean doublesFinalConsonant(String v) {
        int n = v.length();
        if (n < 3) {
            return false;
        }
        char c3 = v.charAt(n - 1);
        char v2 = v.charAt(n - 2);
        char c1 = v.charAt(n - 3);
        return Character.isLetter(c3) && !isVowel(c3) && "WXY".indexOf(c3) < 0 && isVowel(v2) && Character.isLetter(c1)
                && !isVowel(c1);
    }

    private static boolean isVowel(char c) {
        return "AEIOU".indexOf(c) >= 0;
    }

    private static String[] words(String s) {
        return s.trim().toUpperCase(Locale.ROOT).replace('_', ' ').split("\\s+");
    }

    /** Parses the body of a pattern line: {@code lower * upper [code]}. */
    static VerbPattern pattern(String body, String file, int line) {
        String b = body;
        String code = "---";
        int open = b.lastIndexOf('[');
        if (open >= 0) {
            int close = b.indexOf(']', open);
            code = b.substring(open + 1, close < 0 ? b.length() : close).trim();
            b = b.substring(0, open);
        }
        b = b.toUpperCase(Locale.ROOT).trim();
        // split into items, remembering whether each is joined by '_' to the previous one
        List<String> items = new ArrayList<>();
        List<Boolean> joinedToPrevious = new ArrayList<>();
        boolean joinNext = false;
        for (String chunk : b.split("\\s+")) {
            if (chunk.isEmpty()) {
                continue;
            }
            String[] parts = chunk.split("_", -1);
            for (int p = 0; p < parts.length; p++) {
                String item = parts[p];
                if (item.isEmpty()) {
                    if (p == parts.length - 1) {
                        joinNext = true; // trailing '_': joined to what follows
                    }
                    continue;
                }
                items.add(item);
                joinedToPrevious.add(p > 0 || joinNext);
                joinNext = false;
            }
        }
        int star = items.indexOf("*");
        if (star < 0) {
            throw new DictionaryException(file + ":" + line + ": pattern '" + body.trim() + "' has no * for the verb");
        }
        List<VerbPattern.Element> lower = new ArrayList<>();
        for (int i = 0; i < star; i++) {
            // an element before the verb is closed when the next item (towards the verb) joins it
            lower.add(element(items.get(i), joinedToPrevious.get(i + 1)));
        }
        List<VerbPattern.Element> upper = new ArrayList<>();
        for (int i = star + 1; i < items.size(); i++) {
            upper.add(element(items.get(i), joinedToPrevious.get(i)));
        }
        return new VerbPattern(List.copyOf(lower), List.copyOf(upper), code, body.trim(), file, line);
    }

    private static VerbPattern.Element element(String item, boolean closed) {
        switch (item) {
            case "$": return new VerbPattern.Element(VerbPattern.Kind.SOURCE, item, closed);
            case "+": return new VerbPattern.Element(VerbPattern.Kind.TARGET, item, closed);
            case "^": return new VerbPattern.Element(VerbPattern.Kind.SKIP, item, closed);
            case "%": return new VerbPattern.Element(VerbPattern.Kind.COMPOUND, item, closed);
            default:
                return new VerbPattern.Element(item.startsWith("&") ? VerbPattern.Kind.SYNSET : VerbPattern.Kind.WORD,
                        item, closed);
        }
    }

    /** The forms a token could be, longest multi-word forms first; empty if none. */
    public List<Form> forms(String upperToken) {
        List<Form> f = formsByWord.get(upperToken);
        return f == null ? List.of() : f;
    }

    private final Map<String, List<String[]>> expanded = new java.util.concurrent.ConcurrentHashMap<>();

    /** The phrases of a synset, nested synsets expanded; empty for an unknown one. */
    public List<String[]> synset(String name) {
        return expanded.computeIfAbsent(name, k -> {
            List<String[]> out = new ArrayList<>();
            expand(k, out, 0);
            return List.copyOf(out);
        });
    }

    private void expand(String name, List<String[]> out, int depth) {
        List<String[]> members = synsets.get(name);
        if (members == null || depth > 5) {
            return;
        }
        for (String[] m : members) {
            if (m.length == 1 && m[0].startsWith("&")) {
                expand(m[0], out, depth + 1);
            } else {
                out.add(m);
            }
        }
    }

    public List<Block> blocks() {
        return blocks;
    }

    public String name() {
        return name;
    }

    public int patternCount() {
        int n = 0;
        for (Block b : blocks) {
            n += b.patterns().size();
        }
        return n;
    }

    public int formCount() {
        int n = 0;
        for (List<Form> f : formsByWord.values()) {
            n += f.size();
        }
        return n;
    }
}
