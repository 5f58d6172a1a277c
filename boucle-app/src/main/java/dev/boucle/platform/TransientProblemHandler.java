package dev.boucle.platform;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Writes that lost a race, as problem+json instead of 500: a transaction the database aborted
 * twice (deadlock, serialization; see {@link TransientRetry}) is 503 with Retry-After, and a
 * unique key another request took first (the same candidate applied twice at once, the same
 * e-mail imported by two files) is 409.
 */
@RestControllerAdvice(annotations = ApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class TransientProblemHandler {

    private final MessageSource messages;

    TransientProblemHandler(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler({TransientRetry.TransientFailure.class, ConcurrencyFailureException.class})
    ResponseEntity<ProblemDetail> busy(RuntimeException e) {
        ProblemDetail problem = Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "busy",
                messages.getMessage("problem.busy", null, LocaleContextHolder.getLocale()));
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "1").body(problem);
    }

    @ExceptionHandler(DuplicateKeyException.class)
    ProblemDetail taken(DuplicateKeyException e) {
        return Problems.of(HttpStatus.CONFLICT, "conflict",
                messages.getMessage("problem.taken", null, LocaleContextHolder.getLocale()));
    }
}
