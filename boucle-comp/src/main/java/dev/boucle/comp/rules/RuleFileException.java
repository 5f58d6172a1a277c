package dev.boucle.comp.rules;

/** A rule file that cannot be trusted: names the file, the line and the field, then what is wrong. */
public final class RuleFileException extends RuntimeException {

    private final String file;
    private final int line;
    private final String field;

    public RuleFileException(String file, int line, String field, String problem) {
        super(file + ":" + line + ": " + field + " " + problem);
        this.file = file;
        this.line = line;
        this.field = field;
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }

    public String field() {
        return field;
    }
}
