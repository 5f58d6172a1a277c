package dev.boucle.platform;

import java.net.URI;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * Builds RFC 9457 problem details with a stable type per kind of problem, so API clients can
 * branch on {@code type} while people read {@code detail}.
 */
public final class Problems {

    private Problems() {}

    public static ProblemDetail of(HttpStatus status, String kind, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("https://boucle.dev/problems/" + kind));
        problem.setTitle(status.getReasonPhrase());
        return problem;
    }

    public static ProblemDetail withErrors(HttpStatus status, String kind, String detail, Map<String, String> errors) {
        ProblemDetail problem = of(status, kind, detail);
        problem.setProperty("errors", errors);
        return problem;
    }
}
