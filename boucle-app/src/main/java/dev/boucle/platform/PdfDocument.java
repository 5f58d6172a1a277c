package dev.boucle.platform;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * A plain A4 document of paragraphs, wrapped and paged, as PDF bytes: what an offer letter and a
 * data-subject export need. Written with PDFBox's standard Helvetica in WinAnsi encoding, which
 * every reader has and which covers French accents and the euro sign, so no font file ships.
 */
public final class PdfDocument {

    /** One paragraph; a heading is set in bold and larger. */
    public record Paragraph(String text, Style style) {
        public static Paragraph heading(String text) {
            return new Paragraph(text, Style.HEADING);
        }

        public static Paragraph subheading(String text) {
            return new Paragraph(text, Style.SUBHEADING);
        }

        public static Paragraph text(String text) {
            return new Paragraph(text, Style.BODY);
        }
    }

    public enum Style { HEADING, SUBHEADING, BODY }

    private static final float MARGIN = 64;
    private static final float SIZE = 11;
    private static final float LEADING = 15;

    private PdfDocument() {}

    public static byte[] render(String title, List<Paragraph> paragraphs) {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.getDocumentInformation().setTitle(title);
            PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            PDPageContentStream text = new PDPageContentStream(doc, page);
            float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
            float y = PDRectangle.A4.getHeight() - MARGIN;
            for (Paragraph p : paragraphs) {
                PDType1Font font = p.style() == Style.BODY ? regular : bold;
                float size = switch (p.style()) {
                    case HEADING -> SIZE + 3;
                    case SUBHEADING -> SIZE + 1;
                    case BODY -> SIZE;
                };
                for (String line : wrap(winAnsi(p.text()), font, size, width)) {
                    if (y < MARGIN) {
                        text.close();
                        page = new PDPage(PDRectangle.A4);
                        doc.addPage(page);
                        text = new PDPageContentStream(doc, page);
                        y = PDRectangle.A4.getHeight() - MARGIN;
                    }
                    text.beginText();
                    text.setFont(font, size);
                    text.newLineAtOffset(MARGIN, y);
                    text.showText(line);
                    text.endText();
                    y -= LEADING;
                }
                y -= LEADING / 2;
            }
            text.close();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The standard fonts speak WinAnsi: French spaces become plain ones, anything else unknown a '?'. */
    public static String winAnsi(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.replace('\u202F', ' ').replace('\u00A0', ' ').replace('\t', ' ').replace('\r', ' ').toCharArray()) {
            b.append(c == '\n' || (c >= 0x20 && c < 0x7F) || (c >= 0xA0 && c < 0x100) || "€’‘“”–—…œŒ".indexOf(c) >= 0 ? c : '?');
        }
        return b.toString();
    }

    /** Lines that fit the width; a word longer than a line is cut, so code and long values stay on the page. */
    private static List<String> wrap(String text, PDType1Font font, float size, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String para : text.split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            for (String word : para.split(" ")) {
                while (fits(word, font, size, width) < word.length()) {
                    if (!line.isEmpty()) {
                        lines.add(line.toString());
                        line = new StringBuilder();
                    }
                    int cut = Math.max(1, fits(word, font, size, width));
                    lines.add(word.substring(0, cut));
                    word = word.substring(cut);
                }
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (font.getStringWidth(candidate) / 1000 * size > width && !line.isEmpty()) {
                    lines.add(line.toString());
                    line = new StringBuilder(word);
                } else {
                    line = new StringBuilder(candidate);
                }
            }
            lines.add(line.toString());
        }
        return lines;
    }

    /** How many leading characters of {@code word} fit on one line. */
    private static int fits(String word, PDType1Font font, float size, float width) throws IOException {
        if (font.getStringWidth(word) / 1000 * size <= width) return word.length();
        int n = word.length();
        while (n > 1 && font.getStringWidth(word.substring(0, n)) / 1000 * size > width) n = n * 3 / 4;
        return n;
    }
}
