package dev.boucle.platform;

import java.util.Map;

/**
 * Input that cannot be accepted. Carries a message key (resolved in the caller's language)
 * and, for forms and JSON bodies, the fields at fault. Nothing has changed when it is thrown.
 */
// Pages that do not catch it show the error page with this status, rather than a 500.
@org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.BAD_REQUEST)
public class BadInput extends RuntimeException implements Refusal {

    private final String messageKey;
    private final Object[] args;
    private final Map<String, String> fieldErrors;

    public BadInput(String messageKey, Object... args) {
        this(Map.of(), messageKey, args);
    }

    public BadInput(Map<String, String> fieldErrors, String messageKey, Object... args) {
        super(messageKey);
        this.messageKey = messageKey;
        this.args = args;
        this.fieldErrors = Map.copyOf(fieldErrors);
    }

    @Override
    public String messageKey() { return messageKey; }

    @Override
    public Object[] args() { return args.clone(); }

    public Map<String, String> fieldErrors() { return fieldErrors; }
}
