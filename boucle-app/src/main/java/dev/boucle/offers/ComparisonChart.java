package dev.boucle.offers;

import dev.boucle.hiring.process.HiringProcess;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;
import org.springframework.context.MessageSource;

/**
 * The comparison as a bar per office, drawn on the server as SVG (no script: the page's CSP
 * forbids inline code): each bar is the gross in the offer's currency, split into net,
 * contributions, income tax and other taxes.
 */
final class ComparisonChart {

    private static final int WIDTH = 720;
    private static final int LABEL = 130;
    private static final int BAR = 26;
    private static final int GAP = 14;
    private static final String[] COLOURS = {"#2f7d4f", "#c9a227", "#b5483b", "#7a4eab", "#8a8f98"};

    private ComparisonChart() {}

    static String svg(OfferComparison.Comparison c, HiringProcess process, MessageSource messages, Locale locale) {
        BigDecimal max = c.offices().stream().map(OfferComparison.OfficeNet::grossInOfferCurrency).max(BigDecimal::compareTo)
                .orElse(BigDecimal.ONE);
        if (max.signum() == 0) max = BigDecimal.ONE;
        int height = c.offices().size() * (BAR + GAP) + 40;
        NumberFormat money = NumberFormat.getCurrencyInstance(locale);
        money.setCurrency(Currency.getInstance(c.offerCurrency()));
        money.setMaximumFractionDigits(0);
        StringBuilder s = new StringBuilder();
        s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
                .append("\" role=\"img\" aria-label=\"").append(esc(messages.getMessage("comparison.chart", null, locale))).append("\">");
        int y = 8;
        double scale = (WIDTH - LABEL - 110) / max.doubleValue();
        for (OfferComparison.OfficeNet o : c.offices()) {
            BigDecimal back = o.gross().signum() == 0 ? BigDecimal.ZERO
                    : o.grossInOfferCurrency().divide(o.gross(), 10, RoundingMode.HALF_UP);
            BigDecimal[] parts = {o.netInOfferCurrency(), o.contributions().multiply(back), o.incomeTax().multiply(back),
                    o.otherTaxes().multiply(back), o.preTax().multiply(back)};
            s.append("<text x=\"0\" y=\"").append(y + 18).append("\" font-size=\"13\">").append(esc(o.officeName().in(locale)))
                    .append("</text>");
            double x = LABEL;
            for (int i = 0; i < parts.length; i++) {
                double w = Math.max(0, parts[i].doubleValue() * scale);
                s.append("<rect x=\"").append(fmt(x)).append("\" y=\"").append(y).append("\" width=\"").append(fmt(w))
                        .append("\" height=\"").append(BAR).append("\" fill=\"").append(COLOURS[i]).append("\"><title>")
                        .append(esc(messages.getMessage("comparison.part." + i, null, locale))).append(": ")
                        .append(esc(money.format(parts[i]))).append("</title></rect>");
                x += w;
            }
            s.append("<text x=\"").append(fmt(x + 6)).append("\" y=\"").append(y + 18).append("\" font-size=\"12\">")
                    .append(esc(money.format(o.netInOfferCurrency()))).append("</text>");
            y += BAR + GAP;
        }
        int lx = LABEL;
        for (int i = 0; i < COLOURS.length; i++) {
            s.append("<rect x=\"").append(lx).append("\" y=\"").append(y + 4).append("\" width=\"12\" height=\"12\" fill=\"")
                    .append(COLOURS[i]).append("\"/><text x=\"").append(lx + 16).append("\" y=\"").append(y + 15)
                    .append("\" font-size=\"12\">").append(esc(messages.getMessage("comparison.part." + i, null, locale))).append("</text>");
            lx += 140;
        }
        return s.append("</svg>").toString();
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
