package dev.boucle.offers;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import dev.boucle.platform.PdfDocument;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The offer letter as a PDF in English or French, laid out by {@link PdfDocument}. */
@Component
class OfferLetter {

    private final MessageSource messages;

    OfferLetter(MessageSource messages) {
        this.messages = messages;
    }

    public byte[] render(ReadingOffers.OfferFile file, String officeName, Locale locale) {
        return PdfDocument.render(t(locale, "letter.title", file.candidateName()), paragraphs(file, officeName, locale));
    }

    private List<PdfDocument.Paragraph> paragraphs(ReadingOffers.OfferFile file, String officeName, Locale locale) {
        OfferTerms terms = file.offer().terms();
        String date = terms.startDate().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale));
        List<PdfDocument.Paragraph> p = new ArrayList<>();
        p.add(PdfDocument.Paragraph.heading(t(locale, "letter.title", file.candidateName())));
        p.add(PdfDocument.Paragraph.text(t(locale, "letter.dear", file.candidateName())));
        p.add(PdfDocument.Paragraph.text(t(locale, "letter.intro", file.jobTitle(), file.level(), officeName, date)));
        p.add(PdfDocument.Paragraph.text(t(locale, "letter.base", money(terms.base(), terms.currency(), locale))));
        if (terms.bonusTargetPercent().signum() > 0) {
            p.add(PdfDocument.Paragraph.text(t(locale, "letter.bonus", terms.bonusTargetPercent().stripTrailingZeros().toPlainString(),
                    money(terms.bonusTarget(), terms.currency(), locale))));
        }
        if (terms.signOn().signum() > 0) p.add(PdfDocument.Paragraph.text(t(locale, "letter.sign-on", money(terms.signOn(), terms.currency(), locale))));
        if (terms.relocation().signum() > 0) {
            p.add(PdfDocument.Paragraph.text(t(locale, "letter.relocation", money(terms.relocation(), terms.currency(), locale))));
        }
        terms.equity().ifPresent(e -> {
            p.add(PdfDocument.Paragraph.text(t(locale, "letter.equity", NumberFormat.getIntegerInstance(locale).format(e.units()),
                    t(locale, "offer.instrument." + e.instrument().name()), e.vestingMonths(), e.cliffMonths())));
            if (e.strike() != null) p.add(PdfDocument.Paragraph.text(t(locale, "letter.strike", money(e.strike(), terms.currency(), locale))));
            p.add(PdfDocument.Paragraph.text(t(locale, "letter.valuation", money(e.valuation(), terms.currency(), locale),
                    money(e.paperValue(), terms.currency(), locale))));
            p.add(PdfDocument.Paragraph.text(t(locale, "letter.liquidity", e.liquidityNote())));
        });
        if (file.offer().respondBy() != null) {
            p.add(PdfDocument.Paragraph.text(t(locale, "letter.respond-by",
                    file.offer().respondBy().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale)))));
        }
        p.add(PdfDocument.Paragraph.text(t(locale, "letter.conditions")));
        p.add(PdfDocument.Paragraph.text(t(locale, "letter.closing")));
        p.add(PdfDocument.Paragraph.text(t(locale, "letter.signature")));
        return p;
    }

    static String money(BigDecimal amount, String currency, Locale locale) {
        NumberFormat f = NumberFormat.getCurrencyInstance(locale);
        f.setCurrency(Currency.getInstance(currency));
        f.setMaximumFractionDigits(amount.stripTrailingZeros().scale() > 0 ? 2 : 0);
        f.setMinimumFractionDigits(amount.stripTrailingZeros().scale() > 0 ? 2 : 0);
        return f.format(amount);
    }

    private String t(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
