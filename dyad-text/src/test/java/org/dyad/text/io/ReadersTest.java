package org.dyad.text.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.dyad.text.OffsetAssert.assertMapsTo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.dyad.text.charfilter.MappedText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadersTest {
    @TempDir
    Path dir;

    private static List<MappedText> blocks(SourceDocument d) {
        List<MappedText> l = new ArrayList<>();
        for (Iterator<MappedText> it = d.blocks(); it.hasNext(); ) {
            l.add(it.next());
        }
        return l;
    }

    @Test
    void plainTextWithBomAndCrlfKeepsOffsetsAfterTheMark() throws IOException {
        Path f = dir.resolve("a.txt");
        byte[] body = "Iran and\r\nAzerbaijan signed.\r\n".getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[body.length + 3];
        all[0] = (byte) 0xEF;
        all[1] = (byte) 0xBB;
        all[2] = (byte) 0xBF;
        System.arraycopy(body, 0, all, 3, body.length);
        Files.write(f, all);
        SourceDocument d = DocumentReaders.open(f, DocumentReaders.Options.DEFAULT).get(0);
        assertThat(d.kind()).isEqualTo(DocumentKind.TEXT);
        List<MappedText> b = blocks(d);
        assertThat(b).hasSize(1);
        String original = d.originalText();
        assertThat(original).startsWith("Iran");
        assertMapsTo(original, b.get(0), 10, 20, "Azerbaijan");
    }

    @Test
    void utf16WithoutMarkIsRecognised() throws IOException {
        Path f = dir.resolve("u16.txt");
        Files.write(f, "Tehran and Baku exchanged notes.".getBytes(StandardCharsets.UTF_16LE));
        SourceDocument d = DocumentReaders.open(f, DocumentReaders.Options.DEFAULT).get(0);
        assertThat(blocks(d).get(0).text()).isEqualTo("Tehran and Baku exchanged notes.");
    }

    @Test
    void largeFileComesInBlocksWhoseOffsetsAddUp() throws IOException {
        Path f = dir.resolve("big.txt");
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 5000; i++) {
            b.append("Paragraph ").append(i).append(" says Iran met Azerbaijan on the same day.\n\n");
        }
        Files.writeString(f, b);
        SourceDocument d = DocumentReaders.open(f, DocumentReaders.Options.DEFAULT).get(0);
        List<MappedText> blocks = blocks(d);
        assertThat(blocks.size()).isGreaterThan(1);
        String original = b.toString();
        int expectedBase = 0;
        for (MappedText m : blocks) {
            assertThat(m.toOriginal(0)).isEqualTo(expectedBase);
            assertMapsTo(original, m, 0, Math.min(9, m.length()), m.text().substring(0, Math.min(9, m.length())));
            expectedBase += m.length();
        }
        assertThat(expectedBase).isEqualTo(original.length());
    }

    @Test
    void badInputIsAnErrorNamingTheFile() throws IOException {
        Path empty = Files.createFile(dir.resolve("empty.txt"));
        assertThatThrownBy(() -> DocumentReaders.open(empty, DocumentReaders.Options.DEFAULT))
                .isInstanceOf(InputProblem.class).hasMessageContaining("empty.txt").hasMessageContaining("empty");
        Path bin = dir.resolve("blob.txt");
        Files.write(bin, new byte[] {1, 2, 3, 0, 0, 5, 6, 0, 7, 8, 9, 0});
        assertThatThrownBy(() -> blocks(DocumentReaders.open(bin, DocumentReaders.Options.DEFAULT).get(0)))
                .isInstanceOf(InputProblem.class).hasMessageContaining("blob.txt").hasMessageContaining("binary");
        Path latin = dir.resolve("latin.txt");
        Files.write(latin, "caf\u00e9 in Baku".getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> blocks(DocumentReaders.open(latin, DocumentReaders.Options.DEFAULT).get(0)))
                .isInstanceOf(InputProblem.class).hasMessageContaining("latin.txt")
                .hasMessageContaining("not valid UTF-8 at byte 3");
        Path pdf = dir.resolve("broken.pdf");
        Files.writeString(pdf, "%PDF-1.4\nthis is not really a pdf\n");
        assertThatThrownBy(() -> DocumentReaders.open(pdf, DocumentReaders.Options.DEFAULT))
                .isInstanceOf(InputProblem.class).hasMessageContaining("broken.pdf").hasMessageContaining("PDF");
    }

    @Test
    void aVeryLongLineIsRefusedWithoutReadingItAll() throws IOException {
        Path f = dir.resolve("oneline.txt");
        Files.writeString(f, "word ".repeat(300_000));
        assertThatThrownBy(() -> blocks(DocumentReaders.open(f, DocumentReaders.Options.DEFAULT).get(0)))
                .isInstanceOf(InputProblem.class).hasMessageContaining("oneline.txt")
                .hasMessageContaining("line 1 is longer than");
    }

    @Test
    void htmlMainTextMapsBackToTheSourceThroughEntities() throws IOException {
        Path f = dir.resolve("page.html");
        String html = "<html><head><title>T</title><script>var x=1;</script></head><body>"
                + "<nav>Home | About</nav><article><h1>Talks</h1><p>Iran &amp; Azerbaijan signed a "
                + "memorandum in Baku.</p><p>More text here to make the article long enough to be chosen as the main "
                + "element of the page, which needs two hundred characters of text in all, or so the reader says.</p>"
                + "</article><footer>Copyright</footer></body></html>";
        Files.writeString(f, html);
        SourceDocument d = DocumentReaders.open(f, DocumentReaders.Options.DEFAULT).get(0);
        assertThat(d.kind()).isEqualTo(DocumentKind.HTML);
        MappedText t = blocks(d).get(0);
        assertThat(t.text()).contains("Iran & Azerbaijan signed").doesNotContain("Home").doesNotContain("Copyright")
                .doesNotContain("var x");
        int i = t.text().indexOf("Iran & Azerbaijan");
        assertMapsTo(html, t, i, i + "Iran & Azerbaijan".length(), "Iran &amp; Azerbaijan");
        int b = t.text().indexOf("Baku");
        assertMapsTo(html, t, b, b + 4, "Baku");
    }

    @Test
    void recordsAreReadLenientlyWithTheirCodings() throws IOException {
        Path f = dir.resolve("records.xml");
        String xml = "<Sentences>\n<!-- a <!-- nested --> comment -->\nstray line\n"
                + "<Config option=\"require_dyad\" value=\"false\"></Config>\n"
                + "<Sentence date=\"19950101\" id=\"DEMO-00\" category=\"DEMO\" sentence=\"true\">\n"
                + "<EventCoding sourcecode=\"ARN\" targetcode=\"GON\" eventcode=\"064\"></EventCoding>\n"
                + "<Text>\nArnor &amp; Gondor restore ties.\n</Text>\n<Parse>(ROOT (S (NP x)))</Parse>\n</Sentence>\n"
                + "<Sentence date = \"20080801\" id =\"E-1\" category=\"ERROR\" sentence=\"true\">\n"
                + "<EventCoding error=\"dateline\"></EventCoding>\n<Text>X</Text></Sentence>\n";
        Files.writeString(f, xml);
        RecordsFile r = RecordsFile.read(f);
        assertThat(r.records()).hasSize(2);
        RecordsFile.Record demo = r.records().get(0);
        assertThat(demo.id()).isEqualTo("DEMO-00");
        assertThat(demo.date()).hasToString("1995-01-01");
        assertThat(demo.expected()).containsExactly(new RecordsFile.Coding("ARN", "GON", "064"));
        assertThat(demo.config()).containsEntry("require_dyad", "false");
        MappedText t = r.recordText(demo);
        assertThat(t.text().strip()).isEqualTo("Arnor & Gondor restore ties.");
        int g = t.text().indexOf("Gondor");
        assertMapsTo(xml, t, g, g + 6, "Gondor");
        assertThat(r.records().get(1).error()).isEqualTo("dateline");
        assertThat(DocumentReaders.kindOf(f)).isEqualTo(DocumentKind.RECORDS);
    }

    @Test
    void pdfPagesAreReadWithRunningHeadersDropped() throws IOException {
        Path f = dir.resolve("paper.pdf");
        try (org.apache.pdfbox.pdmodel.PDDocument doc = new org.apache.pdfbox.pdmodel.PDDocument()) {
            org.apache.pdfbox.pdmodel.font.PDType1Font font = new org.apache.pdfbox.pdmodel.font.PDType1Font(
                    org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA);
            for (int p = 1; p <= 3; p++) {
                org.apache.pdfbox.pdmodel.PDPage page = new org.apache.pdfbox.pdmodel.PDPage();
                doc.addPage(page);
                try (org.apache.pdfbox.pdmodel.PDPageContentStream cs = new org.apache.pdfbox.pdmodel.PDPageContentStream(doc, page)) {
                    cs.beginText();
                    cs.setFont(font, 11);
                    cs.newLineAtOffset(50, 750);
                    cs.showText("Journal of Caucasus Studies " + p);
                    cs.newLineAtOffset(0, -20);
                    cs.showText("On page " + p + " Iran and Azerbaijan signed an agreement.");
                    cs.newLineAtOffset(0, -20);
                    cs.showText("Closing line of page " + p + ".");
                    cs.endText();
                }
            }
            doc.save(f.toFile());
        }
        SourceDocument d = DocumentReaders.open(f, DocumentReaders.Options.DEFAULT).get(0);
        assertThat(d.kind()).isEqualTo(DocumentKind.PDF);
        MappedText t = blocks(d).get(0);
        assertThat(t.text()).contains("On page 2 Iran and Azerbaijan signed an agreement.").doesNotContain("Journal of");
        String original = d.originalText();
        assertThat(original).contains("Journal of Caucasus Studies 2").contains("\f");
        int i = t.text().indexOf("Iran and Azerbaijan signed", t.text().indexOf("page 3"));
        assertMapsTo(original, t, i, i + "Iran and Azerbaijan".length(), "Iran and Azerbaijan");
    }
}
