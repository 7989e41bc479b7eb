package org.dyad.text.dict;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Agents in PETRARCH's format: {@code PHRASE_WITH_UNDERSCORES {PLURALS} [~CODE]} (suffix) or
 * {@code [CODE~]} (prefix); {@code {}} means no plural, a missing brace means the regular plural
 * is made; substitution sets {@code !PERSON! = MAN, MEN, WOMAN} expand a marker in a phrase
 * ({@code CONGRESS!PERSON!} gives CONGRESSMAN, CONGRESSMEN...).
 */
public final class AgentDictionary {
    private static final Pattern SUBSTITUTION = Pattern.compile("^(![A-Z0-9_]+!)\\s*=\\s*(.*)$");
    private static final Pattern ENTRY = Pattern.compile("^([^{\\[]+?)\\s*(\\{[^}]*\\})?\\s*\\[([^\\]]*)\\]\\s*$");
    private final PhraseTrie<AgentEntry> trie = new PhraseTrie<>();
    private int size;

    public PhraseTrie<AgentEntry> trie() {
        return trie;
    }

    public int size() {
        return size;
    }

    public AgentDictionary readPetrarch(Path file) {
        return readPetrarch(DictionaryLines.read(file), file.getFileName().toString());
    }

    public AgentDictionary readPetrarch(List<DictionaryLines.Line> lines, String source) {
        Map<String, List<String>> sets = new LinkedHashMap<>();
        for (DictionaryLines.Line l : lines) {
            String t = l.text().toUpperCase(Locale.ROOT);
            Matcher s = SUBSTITUTION.matcher(t);
            if (s.matches()) {
                List<String> values = new ArrayList<>();
                for (String v : s.group(2).split(",")) {
                    if (!v.isBlank()) {
                        values.add(v.trim());
                    }
                }
                sets.put(s.group(1), values);
                continue;
            }
            Matcher m = ENTRY.matcher(t);
            if (!m.matches()) {
                throw new DictionaryException(source + ":" + l.number() + ": malformed agent '" + l.text()
                        + "': expected PHRASE {PLURALS} [~CODE] or [CODE~]");
            }
            String code = m.group(3).trim();
            boolean prefix = code.endsWith("~");
            code = code.replace("~", "").trim();
            if (code.isEmpty()) {
                continue;
            }
            for (String phrase : expand(m.group(1).trim(), sets)) {
                add(phrase, code, prefix, source);
                if (m.group(2) == null) {
                    add(plural(phrase), code, prefix, source);
                } else {
                    String inner = m.group(2).substring(1, m.group(2).length() - 1).trim();
                    for (String p : inner.isEmpty() ? new String[0] : inner.split("\\s+")) {
                        for (String pe : expand(p, sets)) {
                            add(pe, code, prefix, source);
                        }
                    }
                }
            }
        }
        return this;
    }

    /** Adds an agent phrase (spaces or underscores) with its code. */
    public void add(String phrase, String code, boolean prefix, String source) {
        String[] t = ActorDictionary.tokens(phrase);
        if (t.length > 0) {
            trie.put(t, new AgentEntry(String.join(" ", t), code, prefix, source));
            size++;
        }
    }

    private static List<String> expand(String phrase, Map<String, List<String>> sets) {
        List<String> out = new ArrayList<>();
        out.add(phrase);
        for (Map.Entry<String, List<String>> e : sets.entrySet()) {
            List<String> next = new ArrayList<>();
            for (String p : out) {
                if (p.contains(e.getKey())) {
                    for (String v : e.getValue()) {
                        next.add(p.replace(e.getKey(), v));
                    }
                } else {
                    next.add(p);
                }
            }
            out = next;
        }
        return out;
    }

    /** The regular plural of a phrase's last word. */
    static String plural(String phrase) {
        String p = phrase.trim();
        int cut = Math.max(p.lastIndexOf('_'), p.lastIndexOf(' ')) + 1;
        String last = p.substring(cut);
        String pl;
        if (last.endsWith("MAN")) {
            pl = last.substring(0, last.length() - 3) + "MEN";
        } else if (last.endsWith("Y") && last.length() > 1 && "AEIOU".indexOf(last.charAt(last.length() - 2)) < 0) {
            pl = last.substring(0, last.length() - 1) + "IES";
        } else if (last.endsWith("S") || last.endsWith("X") || last.endsWith("CH") || last.endsWith("SH")) {
            pl = last + "ES";
        } else {
            pl = last + "S";
        }
        return p.substring(0, cut) + pl;
    }
}
