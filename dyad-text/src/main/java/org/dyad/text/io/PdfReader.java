package org.dyad.text.io;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dyad.text.charfilter.MappedText;
import org.dyad.text.charfilter.MappedTextBuilder;

/**
 * Reads a PDF's text layer with PDFBox, page by page. The document's text (what offsets index) is
 * the pages' text joined by form feeds; running headers and footers (a first or last line that
 * recurs, digits aside, on most pages) are then dropped by a cleaning step that keeps offsets.
 * Encrypted PDFs, damaged files and PDFs without a text layer are errors naming the file.
 */
final class PdfReader {
    private PdfReader() {
    }

    static SourceDocument read(Path file, String id, LocalDate date) {
        return fromPages(file, id, pages(file), date);
    }

    /** A document from its pages' text (as stored, joined by form feeds): the same text and offsets as from the file. */
    static SourceDocument fromText(Path file, String id, String text, LocalDate date) {
        return fromPages(file, id, java.util.Arrays.asList(text.split("\f", -1)), date);
    }

    private static SourceDocument fromPages(Path file, String id, List<String> pages, LocalDate date) {
        StringBuilder all = new StringBuilder();
        List<int[]> pageSpans = new ArrayList<>();
        for (String p : pages) {
            if (all.length() > 0) {
                all.append('\f');
            }
            pageSpans.add(new int[] {all.length(), all.length() + p.length()});
            all.append(p);
        }
        String text = all.toString();
        if (text.isBlank()) {
            throw new InputProblem(file, "has no text layer (a scanned PDF?): run OCR on it first");
        }
        MappedText root = MappedText.original(text, 0, 0);
        MappedText clean = dropRunningLines(root, text, pageSpans);
        return new SourceDocument(id, file, DocumentKind.PDF, date, file.getFileName().toString(),
                () -> List.of(clean).iterator(), () -> text);
    }

    static List<String> pages(Path file) {
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            int n = doc.getNumberOfPages();
            List<String> pages = new ArrayList<>(n);
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(false);
            stripper.setLineSeparator("\n");
            // a blank line where PDFBox sees a paragraph end (a wider gap, an indent): headings and
            // paragraphs stay apart as in a text file, instead of running into one sentence
            stripper.setParagraphEnd("\n");
            for (int p = 1; p <= n; p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                pages.add(stripper.getText(doc));
            }
            return pages;
        } catch (InvalidPasswordException e) {
            throw new InputProblem(file, "is an encrypted PDF: decrypt it first", e);
        } catch (IOException | RuntimeException e) {
            throw new InputProblem(file, "is not a readable PDF: " + e.getMessage(), e);
        }
    }

    /** Drops first/last lines that recur (digits ignored) on at least half of three or more pages. */
    private static MappedText dropRunningLines(MappedText root, String text, List<int[]> spans) {
        if (spans.size() < 3) {
            return root;
        }
        Map<String, Integer> counts = new HashMap<>();
        List<int[][]> edges = new ArrayList<>();
        for (int[] sp : spans) {
            int[][] e = edgeLines(text, sp[0], sp[1]);
            edges.add(e);
            for (int[] line : e) {
                if (line != null) {
                    counts.merge(key(text, line), 1, Integer::sum);
                }
            }
        }
        List<int[]> drop = new ArrayList<>();
        for (int[][] e : edges) {
            for (int[] line : e) {
                if (line != null && counts.get(key(text, line)) * 2 >= spans.size()) {
                    drop.add(line);
                }
            }
        }
        if (drop.isEmpty()) {
            return root;
        }
        drop.sort((a, b) -> Integer.compare(a[0], b[0]));
        MappedTextBuilder b = new MappedTextBuilder(root);
        for (int[] line : drop) {
            if (line[0] >= b.position()) {
                b.copyTo(line[0]);
                b.delete(line[1] - line[0]);
            }
        }
        return b.finish();
    }

    private static String key(String text, int[] line) {
        return text.substring(line[0], line[1]).replaceAll("\\d+", "#").strip();
    }

    /** The first and last non-blank lines of a page, as [start, end) spans. */
    private static int[][] edgeLines(String text, int from, int to) {
        int[] first = null;
        int[] last = null;
        int i = from;
        while (i < to) {
            int nl = text.indexOf('\n', i);
            int end = nl < 0 || nl > to ? to : nl;
            if (!text.substring(i, end).isBlank()) {
                if (first == null) {
                    first = new int[] {i, end};
                }
                last = new int[] {i, end};
            }
            i = end + 1;
        }
        if (last != null && first != null && last[0] == first[0]) {
            last = null;
        }
        return new int[][] {first, last};
    }
}
