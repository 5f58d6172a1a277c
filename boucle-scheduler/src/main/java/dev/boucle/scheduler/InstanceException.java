package dev.boucle.scheduler;

/** Bad input: the message starts with the field's path, e.g. {@code loops[2].rounds[0].minutes: ...}. */
public final class InstanceException extends RuntimeException {

    private final String field;

    public InstanceException(String field, String problem) {
        super(field + ": " + problem);
        this.field = field;
    }

    /** The path of the offending field, e.g. {@code interviewers[0].zone}. */
    public String field() {
        return field;
    }
}
