package dev.boucle.offers;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The offer letter as a PDF in English or French. Written with PDFBox's standard Helvetica in
 * WinAnsi encoding, which every PDF reader has and which covers French accents and the euro
 * sign, so no font file ships with Boucle.
 */
@Component
class OfferLetter {

    private static final float MARGIN = 64;
    private static final float SIZE = 11;
    private static final float LEADING = 15;
    private final MessageSource messages;

    OfferLetter(MessageSource messages) {
        this.messages = messages;
    }

    public byte[] render(ReadingOffers.OfferFile file, String officeName, Locale locale) {
        List<Paragraph> body = paragraphs(file, officeName, locale);
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.getDocumentInformation().setTitle(t(locale, "letter.title", file.candidateName()));
            PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            PDPageContentStream text = new PDPageContentStream(doc, page);
            float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
            float y = PDRectangle.A4.getHeight() - MARGIN;
            for (Paragraph p : body) {
                PDType1Font font = p.bold() ? bold : regular;
                float size = p.bold() ? SIZE + 3 : SIZE;
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

    private record Paragraph(String text, boolean bold) {}

    private List<Paragraph> paragraphs(ReadingOffers.OfferFile file, String officeName, Locale locale) {
        OfferTerms terms = file.offer().terms();
        String date = terms.startDate().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale));
        List<Paragraph> p = new ArrayList<>();
        p.add(new Paragraph(t(locale, "letter.title", file.candidateName()), true));
        p.add(new Paragraph(t(locale, "letter.dear", file.candidateName()), false));
        p.add(new Paragraph(t(locale, "letter.intro", file.jobTitle(), file.level(), officeName, date), false));
        p.add(new Paragraph(t(locale, "letter.base", money(terms.base(), terms.currency(), locale)), false));
        if (terms.bonusTargetPercent().signum() > 0) {
            p.add(new Paragraph(t(locale, "letter.bonus", terms.bonusTargetPercent().stripTrailingZeros().toPlainString(),
                    money(terms.bonusTarget(), terms.currency(), locale)), false));
        }
        if (terms.signOn().signum() > 0) p.add(new Paragraph(t(locale, "letter.sign-on", money(terms.signOn(), terms.currency(), locale)), false));
        if (terms.relocation().signum() > 0) {
            p.add(new Paragraph(t(locale, "letter.relocation", money(terms.relocation(), terms.currency(), locale)), false));
        }
        terms.equity().ifPresent(e -> {
            p.add(new Paragraph(t(locale, "letter.equity", NumberFormat.getIntegerInstance(locale).format(e.units()),
                    t(locale, "offer.instrument." + e.instrument().name()), e.vestingMonths(), e.cliffMonths()), false));
            if (e.strike() != null) p.add(new Paragraph(t(locale, "letter.strike", money(e.strike(), terms.currency(), locale)), false));
            p.add(new Paragraph(t(locale, "letter.valuation", money(e.valuation(), terms.currency(), locale),
                    money(e.paperValue(), terms.currency(), locale)), false));
            p.add(new Paragraph(t(locale, "letter.liquidity", e.liquidityNote()), false));
        });
        if (file.offer().respondBy() != null) {
            p.add(new Paragraph(t(locale, "letter.respond-by",
                    file.offer().respondBy().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale))), false));
        }
        p.add(new Paragraph(t(locale, "letter.conditions"), false));
        p.add(new Paragraph(t(locale, "letter.closing"), false));
        p.add(new Paragraph(t(locale, "letter.signature"), false));
        return p;
    }

    static String money(BigDecimal amount, String currency, Locale locale) {
        NumberFormat f = NumberFormat.getCurrencyInstance(locale);
        f.setCurrency(Currency.getInstance(currency));
        f.setMaximumFractionDigits(amount.stripTrailingZeros().scale() > 0 ? 2 : 0);
        f.setMinimumFractionDigits(amount.stripTrailingZeros().scale() > 0 ? 2 : 0);
        return f.format(amount);
    }

    /** The standard fonts speak WinAnsi: French spaces become plain ones, anything else unknown a '?'. */
    static String winAnsi(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.replace('\u202F', ' ').replace('\u00A0', ' ').toCharArray()) {
            b.append(c < 0x100 || "€’‘“”–—…œŒ".indexOf(c) >= 0 ? c : '?');
        }
        return b.toString();
    }

    private static List<String> wrap(String text, PDType1Font font, float size, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String para : text.split("\n")) {
            StringBuilder line = new StringBuilder();
            for (String word : para.split(" ")) {
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

    private String t(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
