package org.dyad.text.dict;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The lines of a dictionary file with comments removed, as PETRARCH and TABARI read them:
 * {@code #} starts a comment (outside a code in brackets, so {@code [###]} survives), XML
 * comments {@code <!-- ... -->} may span lines, and a malformed opener such as {@code <! --} is
 * treated as a comment line. Each kept line remembers its number for error messages.
 */
public final class DictionaryLines {
    /** A line of content and where it was. */
    public record Line(int number, String text, boolean indented) {
    }

    private DictionaryLines() {
    }

    public static List<Line> read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        } catch (IOException e) {
            throw new DictionaryException(file + ": cannot be read: " + e.getMessage(), e);
        }
    }

    public static List<Line> read(InputStream in, String name) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)))) {
            List<Line> out = new ArrayList<>();
            boolean inXmlComment = false;
            int number = 0;
            for (String raw; (raw = r.readLine()) != null; ) {
                number++;
                String s = raw;
                if (number == 1 && !s.isEmpty() && s.charAt(0) == '\uFEFF') {
                    s = s.substring(1);
                }
                if (inXmlComment) {
                    int end = s.indexOf("-->");
                    if (end < 0) {
                        continue;
                    }
                    s = s.substring(end + 3);
                    inXmlComment = false;
                }
                StringBuilder kept = new StringBuilder();
                int i = 0;
                while (i < s.length()) {
                    int open = s.indexOf("<!", i);
                    if (open < 0) {
                        kept.append(s, i, s.length());
                        break;
                    }
                    kept.append(s, i, open);
                    int close = s.indexOf("-->", open);
                    if (close < 0) {
                        // "<!-- ..." opens a comment to a later line; "<! -- ... -->" typos close on this line
                        inXmlComment = s.startsWith("<!--", open);
                        break;
                    }
                    i = close + 3;
                }
                String line = stripHashComment(kept.toString());
                if (!line.isBlank()) {
                    out.add(new Line(number, line.strip(), Character.isWhitespace(line.charAt(0))));
                }
            }
            return out;
        } catch (CharacterCodingException e) {
            throw new DictionaryException(name + ": is not valid UTF-8 (" + e.getMessage() + ")", e);
        } catch (IOException e) {
            throw new DictionaryException(name + ": cannot be read: " + e.getMessage(), e);
        }
    }

    /** Drops a {@code #} comment that is not inside square brackets. */
    static String stripHashComment(String s) {
        int depth = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '[') {
                depth++;
            } else if (c == ']') {
                depth = Math.max(0, depth - 1);
            } else if (c == '#' && depth == 0) {
                return s.substring(0, i);
            }
        }
        return s;
    }
}
