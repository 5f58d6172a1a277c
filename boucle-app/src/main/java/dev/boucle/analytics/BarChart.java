package dev.boucle.analytics;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A horizontal bar chart as inline SVG, drawn on the server: no script, and no style attribute
 * (the CSP allows neither), only presentation attributes and the classes boucle.css colours,
 * black on white in print. The chart has a title for screen readers; the table under it holds
 * the same figures. A withheld figure draws no bar and says so.
 */
final class BarChart {

    /** One row: its label and up to two values (the second drawn under the first); null is withheld. */
    record Bar(String label, @Nullable Number value, @Nullable Number second) {}

    private static final int WIDTH = 640, LABEL = 190, ROW = 36, BAR = 14, SPACE = WIDTH - LABEL - 70;

    private BarChart() {}

    static String svg(String id, String title, List<Bar> bars, List<String> legend, String withheld,
            java.text.NumberFormat numbers) {
        double found = bars.stream().flatMap(b -> java.util.stream.Stream.of(b.value(), b.second()))
                .filter(java.util.Objects::nonNull).mapToDouble(Number::doubleValue).max().orElse(1);
        double max = found > 0 ? found : 1;
        int height = bars.size() * ROW + 30;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 ").append(WIDTH).append(' ')
                .append(height).append("\" role=\"img\" aria-labelledby=\"").append(id).append("-title\" data-testid=\"")
                .append(id).append("-chart\"><title id=\"").append(id).append("-title\">").append(escape(title)).append("</title>");
        int y = 4;
        for (Bar bar : bars) {
            svg.append("<text class=\"chart-label\" x=\"0\" y=\"").append(y + 18).append("\">").append(escape(bar.label())).append("</text>");
            if (bar.value() == null) {
                svg.append("<text class=\"chart-note\" x=\"").append(LABEL).append("\" y=\"").append(y + 18).append("\">")
                        .append(escape(withheld)).append("</text>");
            } else {
                rect(svg, "bar", y, bar.value(), max, numbers);
                if (bar.second() != null) rect(svg, "bar bar-second", y + BAR + 2, bar.second(), max, numbers);
            }
            y += ROW;
        }
        int x = LABEL;
        for (int i = 0; i < legend.size(); i++) {
            svg.append("<rect class=\"").append(i == 0 ? "bar" : "bar bar-second").append("\" x=\"").append(x).append("\" y=\"")
                    .append(y + 6).append("\" width=\"12\" height=\"12\"/><text class=\"chart-label\" x=\"").append(x + 16)
                    .append("\" y=\"").append(y + 17).append("\">").append(escape(legend.get(i))).append("</text>");
            x += 180;
        }
        return svg.append("</svg>").toString();
    }

    private static void rect(StringBuilder svg, String css, int y, Number number, double max, java.text.NumberFormat numbers) {
        double value = Math.max(0, number.doubleValue());
        long width = Math.max(value == 0 ? 0 : 2, Math.round(value / max * SPACE));
        svg.append("<rect class=\"").append(css).append("\" x=\"").append(LABEL).append("\" y=\"").append(y + 2)
                .append("\" width=\"").append(width).append("\" height=\"").append(BAR).append("\"/>")
                .append("<text class=\"chart-value\" x=\"").append(LABEL + width + 6).append("\" y=\"").append(y + 13)
                .append("\">").append(numbers.format(number)).append("</text>");
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
