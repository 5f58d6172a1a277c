package dev.boucle.offers;

import dev.boucle.comp.api.Line;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;

/**
 * The comp engine's lines in the reader's language. The engine labels lines in the language of
 * each jurisdiction (French for France); its stable codes are translated here instead, and a
 * code without a translation falls back to what kind of line it is.
 */
public final class LineLabels {

    /** The household's second earner: the same steps, with the engine's "partner." prefix. */
    private static final String PARTNER = "partner.";
    private static final Pattern BAND = Pattern.compile(".*\\.band\\.(\\d+)$");
    private final MessageSource messages;
    private final Locale locale;

    LineLabels(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    public String of(Line line) {
        if (line.code().startsWith(PARTNER)) {
            Line own = new Line(line.code().substring(PARTNER.length()), line.label(), line.base(), line.rate(), line.amount(), line.kind());
            return messages.getMessage("comp.line.partner", new Object[] {of(own)}, locale);
        }
        Matcher band = BAND.matcher(line.code());
        if (band.matches()) {
            return messages.getMessage("comp.line.band", new Object[] {band.group(1), percent(line.rate())}, locale);
        }
        String known = messages.getMessage("comp.line." + line.code(), null, null, locale);
        return known != null ? known : messages.getMessage("comp.kind." + line.kind().name(), null, locale);
    }

    public String percent(BigDecimal fraction) {
        if (fraction == null) return "";
        return fraction.multiply(BigDecimal.valueOf(100)).stripTrailingZeros().toPlainString().replace(".", locale.getLanguage().equals("fr") ? "," : ".")
                + (locale.getLanguage().equals("fr") ? "\u00a0%" : "%");
    }
}
