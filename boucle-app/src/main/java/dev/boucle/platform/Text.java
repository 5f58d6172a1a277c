package dev.boucle.platform;

import java.util.Locale;

/** A text in both of Boucle's languages. */
public record Text(String en, String fr) {

    public String in(Locale locale) {
        return locale != null && "fr".equals(locale.getLanguage()) ? fr : en;
    }
}
