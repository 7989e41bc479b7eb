import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Writes a plain-text file as a simple PDF (Helvetica 11pt, wrapped at 90 characters, a blank
 * line between paragraphs): how the PDF of dyad-text's generalisation set was made.
 * Run with PDFBox 3 (pdfbox, pdfbox-io, fontbox) and commons-logging on the class path:
 *   java -cp PDFBOX_JARS tools/text/TextToPdf.java in.txt out.pdf
 */
public class TextToPdf {
    public static void main(String[] args) throws Exception {
        List<String> lines = new ArrayList<>();
        for (String para : Files.readAllLines(Path.of(args[0]))) {
            if (para.isBlank()) {
                lines.add("");
                continue;
            }
            StringBuilder line = new StringBuilder();
            for (String w : para.split(" ")) {
                if (line.length() + w.length() + 1 > 90) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                line.append(line.length() == 0 ? "" : " ").append(w);
            }
            lines.add(line.toString());
        }
        try (PDDocument doc = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            int perPage = 50;
            for (int from = 0; from < lines.size(); from += perPage) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.beginText();
                    cs.setFont(font, 11);
                    cs.setLeading(14);
                    cs.newLineAtOffset(50, 780);
                    for (String l : lines.subList(from, Math.min(lines.size(), from + perPage))) {
                        cs.showText(l);
                        cs.newLine();
                    }
                    cs.endText();
                }
            }
            doc.save(args[1]);
        }
    }
}
