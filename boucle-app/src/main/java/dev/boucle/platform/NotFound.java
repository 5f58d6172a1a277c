package dev.boucle.platform;

/** The thing asked for does not exist, or the caller may not know that it does. */
// Pages that do not catch it show the error page with this status, rather than a 500.
@org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.NOT_FOUND)
public class NotFound extends RuntimeException {

    private final String what;
    private final Object id;

    public NotFound(String what, Object id) {
        super(what + " " + id + " not found");
        this.what = what;
        this.id = id;
    }

    public String what() { return what; }

    public Object id() { return id; }
}
