package dev.boucle.comp.api;

/**
 * A question the engine cannot answer as asked, with the field at fault: the parser refuses
 * malformed values, a calculator refuses values its year's rules forbid (a 401(k) deferral over
 * that year's limit). Every front turns it into its own kind of refusal (exit 2, HTTP 400).
 */
public class RefusedInput extends IllegalArgumentException {

    private final String field;

    public RefusedInput(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
