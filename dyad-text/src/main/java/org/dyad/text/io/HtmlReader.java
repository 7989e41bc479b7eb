package org.dyad.text.io;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.text.charfilter.MappedText;
import org.dyad.text.charfilter.OffsetMap;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.Elements;

/**
 * Reads the main text of an HTML page with jsoup: the {@code <article>} or {@code <main>} element
 * when there is one, else the body, without scripts, styles, navigation, headers, footers,
 * asides and forms. Paragraph-level elements are separated by blank lines. Positions are tracked
 * while parsing so every character of the extracted text maps back to the HTML source, entities
 * included: offsets index the HTML file as decoded.
 */
final class HtmlReader {
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?([A-Za-z0-9_.:-]+)", Pattern.CASE_INSENSITIVE);
    private static final Set<String> DROP = Set.of("script", "style", "noscript", "nav", "header", "footer",
            "aside", "form", "button", "select", "template", "iframe", "svg", "menu");
    private static final Pattern BOILERPLATE = Pattern.compile(
            "(?i)\\b(nav|menu|footer|sidebar|comment|share|social|advert|cookie|breadcrumb|related|promo)\\b");
    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul",
            "ol", "tr", "table", "blockquote", "section", "article", "main", "dd", "dt", "pre", "figcaption",
            "br", "hr", "td", "th");

    private HtmlReader() {
    }

    static SourceDocument read(Path file, String id, Charset forced, LocalDate date) {
        return fromSource(file, id, decode(file, forced), date);
    }

    /** A document from HTML source already decoded (as stored): the same text and offsets as from the file. */
    static SourceDocument fromSource(Path file, String id, String source, LocalDate date) {
        Document doc = Jsoup.parse(source, "", Parser.htmlParser().setTrackPosition(true));
        String title = doc.title();
        MappedText root = MappedText.original(source, 0, 0);
        MappedText main = extract(root, source, mainElement(doc));
        if (main.text().isBlank()) {
            throw new InputProblem(file, "has no readable text in its HTML body");
        }
        return new SourceDocument(id, file, DocumentKind.HTML, date, title.isBlank() ? null : title,
                () -> List.of(main).iterator(), () -> source);
    }

    private static String decode(Path file, Charset forced) {
        byte[] head = TextDecoding.head(file, 4096);
        Charset cs = forced;
        if (cs == null) {
            Matcher m = META_CHARSET.matcher(new String(head, StandardCharsets.ISO_8859_1));
            if (m.find()) {
                try {
                    cs = Charset.forName(m.group(1).trim());
                } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                    throw new InputProblem(file, "declares an unknown charset '" + m.group(1) + "'");
                }
            }
        }
        return TextDecoding.readAll(file, cs, 256L * 1024 * 1024);
    }

    static Element mainElement(Document doc) {
        Element body = doc.body();
        for (Element e : body.select("script, style, noscript, template")) {
            e.remove();
        }
        Elements article = body.select("article, main, [role=main]");
        Element best = null;
        for (Element e : article) {
            if (best == null || e.text().length() > best.text().length()) {
                best = e;
            }
        }
        Element root = best != null && best.text().length() > 200 ? best : body;
        for (Element e : root.select("*")) {
            if (e == root || e.parent() == null) {
                continue;
            }
            String tag = e.normalName();
            String cls = e.className() + " " + e.id();
            if (DROP.contains(tag) || (!cls.isBlank() && BOILERPLATE.matcher(cls).find() && e.text().length() < 2000)) {
                e.remove();
            }
        }
        return root;
    }

    /** The text of an element with every character mapped back to the source. */
    static MappedText extract(MappedText root, String source, Element element) {
        StringBuilder out = new StringBuilder();
        OffsetMap.Builder map = new OffsetMap.Builder();
        walk(element, source, out, map);
        return MappedText.derived(out.toString().strip().isEmpty() ? "" : out.toString(), root, map.build());
    }

    private static void walk(Node node, String source, StringBuilder out, OffsetMap.Builder map) {
        for (Node child : node.childNodes()) {
            if (child instanceof TextNode) {
                append((TextNode) child, source, out, map);
            } else if (child instanceof Element) {
                Element e = (Element) child;
                boolean block = BLOCKS.contains(e.normalName());
                if (block) {
                    separate(out, e.normalName().equals("br") ? "\n" : "\n\n");
                }
                walk(e, source, out, map);
                if (block) {
                    separate(out, "\n\n");
                }
            }
        }
    }

    private static void separate(StringBuilder out, String sep) {
        if (out.length() == 0) {
            return;
        }
        int nl = 0;
        for (int i = out.length() - 1; i >= 0 && out.charAt(i) == '\n'; i--) {
            nl++;
        }
        if (nl < sep.length()) {
            out.append(sep, nl, sep.length());
        }
    }

    /** Appends a text node, aligning decoded characters with the source (entities, CRs). */
    private static void append(TextNode t, String source, StringBuilder out, OffsetMap.Builder map) {
        String text = t.getWholeText();
        if (text.isBlank()) {
            if (out.length() > 0 && out.charAt(out.length() - 1) != ' ' && out.charAt(out.length() - 1) != '\n') {
                out.append(' ');
            }
            return;
        }
        int sp = t.sourceRange().startPos();
        int end = t.sourceRange().endPos();
        if (sp < 0) {
            out.append(text);
            return;
        }
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            while (sp < end && source.charAt(sp) == '\r' && c != '\r') {
                sp++;
            }
            int o = out.length();
            map.add(o, sp - o);
            if (sp < end && source.charAt(sp) == '&' && c != '&' || sp < end && source.charAt(sp) == '&'
                    && isEntity(source, sp, end)) {
                int semi = source.indexOf(';', sp);
                out.append(c);
                sp = semi >= 0 && semi < end ? semi + 1 : sp + 1;
                if (Character.isHighSurrogate(c) && k + 1 < text.length()) {
                    out.append(text.charAt(++k));
                }
            } else {
                out.append(c == '\u00A0' ? ' ' : c);
                sp++;
            }
        }
        map.add(out.length(), sp - out.length());
    }

    private static boolean isEntity(String s, int amp, int end) {
        int semi = s.indexOf(';', amp);
        return semi > amp + 1 && semi < end && semi - amp <= 10
                && s.substring(amp + 1, semi).matches("#?[A-Za-z0-9]+");
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
