package dev.boucle.platform;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * A data file (process, rubrics, questions...) that cannot be used, with the file, the line (1-based) and the field at fault.
 * The reason is a message key so that the admin reads it in their language.
 */
public class DataFileException extends RuntimeException {

    private final String file;
    private final int line;
    private final String field;
    private final String reasonKey;
    private final Object[] args;

    public DataFileException(String file, int line, String field, String reasonKey, Object... args) {
        super(file + ":" + line + ": " + field + ": " + reasonKey);
        this.file = file;
        this.line = line;
        this.field = field;
        this.reasonKey = reasonKey;
        this.args = args;
    }

    public String file() { return file; }
    public int line() { return line; }
    public String field() { return field; }
    public String reasonKey() { return reasonKey; }
    public Object[] args() { return args.clone(); }

    /** "default.yaml, line 12, field tracks[0].stages[2].kind: ..." in the given language. */
    public String describe(Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle("i18n/messages", locale);
        String reason = format(bundle, reasonKey, args);
        return format(bundle, "data.error", new Object[] {file, line, field, reason});
    }

    @Override
    public String getMessage() {
        return describe(Locale.ENGLISH);
    }

    private static String format(ResourceBundle bundle, String key, Object[] args) {
        try {
            return new java.text.MessageFormat(bundle.getString(key), bundle.getLocale()).format(args);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}
