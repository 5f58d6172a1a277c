package dev.boucle.platform;

/** A legal request that the current state refuses; the message key says why, nothing changed. */
// Pages that do not catch it show the error page with this status, rather than a 500.
@org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.CONFLICT)
public class Conflict extends RuntimeException implements Refusal {

    private final String messageKey;
    private final Object[] args;

    public Conflict(String messageKey, Object... args) {
        super(messageKey);
        this.messageKey = messageKey;
        this.args = args;
    }

    @Override
    public String messageKey() { return messageKey; }

    @Override
    public Object[] args() { return args.clone(); }
}
