package dev.boucle.offers;

import dev.boucle.platform.DataFileException;
import java.util.Locale;
import org.springframework.context.MessageSource;

/** A data-file error in the reader's language, reading every bundle (the offers' own reasons included). */
final class DataFiles {

    private DataFiles() {}

    static String describe(DataFileException e, MessageSource messages, Locale locale) {
        String reason = messages.getMessage(e.reasonKey(), e.args(), e.reasonKey(), locale);
        return messages.getMessage("data.error", new Object[] {e.file(), e.line(), e.field(), reason}, locale);
    }
}
