package dev.boucle.platform;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/**
 * Turns domain refusals into problem+json for the API, in the caller's language
 * (Accept-Language). Page controllers handle the same exceptions as field errors instead.
 */
@RestControllerAdvice(annotations = ApiController.class)
// Before Boot's problem-details handler (order 0), which would answer unreadable bodies with a
// bare "Failed to read request" that names neither the field nor the size limit.
@org.springframework.core.annotation.Order(-1)
class ApiProblemHandler {

    private final MessageSource messages;

    ApiProblemHandler(MessageSource messages) {
        this.messages = messages;
    }

    @InitBinder
    void refuseNul(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new NulFreeText.Editor());
    }

    @ExceptionHandler(BadInput.class)
    ProblemDetail badInput(BadInput e) {
        Locale locale = LocaleContextHolder.getLocale();
        Map<String, String> errors = new LinkedHashMap<>();
        e.fieldErrors().forEach((field, key) -> errors.put(field, messages.getMessage(key, e.args(), key, locale)));
        String detail = messages.getMessage(e.messageKey(), e.args(), e.messageKey(), locale);
        return errors.isEmpty()
                ? Problems.of(HttpStatus.BAD_REQUEST, "bad-input", detail)
                : Problems.withErrors(HttpStatus.BAD_REQUEST, "bad-input", detail, errors);
    }

    @ExceptionHandler(NotFound.class)
    ProblemDetail notFound(NotFound e) {
        String detail = messages.getMessage("problem.not-found", new Object[] {e.what(), String.valueOf(e.id())},
                LocaleContextHolder.getLocale());
        return Problems.of(HttpStatus.NOT_FOUND, "not-found", detail);
    }

    @ExceptionHandler(Conflict.class)
    ProblemDetail conflict(Conflict e) {
        String detail = messages.getMessage(e.messageKey(), e.args(), e.messageKey(), LocaleContextHolder.getLocale());
        return Problems.of(HttpStatus.CONFLICT, "illegal-move", detail);
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ProblemDetail invalid(MethodArgumentNotValidException e) {
        Map<String, String> errors = new LinkedHashMap<>();
        e.getBindingResult().getFieldErrors().forEach(f ->
                errors.putIfAbsent(f.getField(), messages.getMessage(f, LocaleContextHolder.getLocale())));
        String detail = messages.getMessage("problem.invalid-fields", new Object[] {String.join(", ", errors.keySet())},
                LocaleContextHolder.getLocale());
        return Problems.withErrors(HttpStatus.BAD_REQUEST, "bad-input", detail, errors);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        RequestBodyLimit.TooLarge large = UnreadableBody.find(e, RequestBodyLimit.TooLarge.class);
        if (large != null) {
            return Problems.of(HttpStatus.CONTENT_TOO_LARGE, "too-large",
                    messages.getMessage("problem.too-large", new Object[] {large.limit / 1024}, LocaleContextHolder.getLocale()));
        }
        UnreadableBody why = UnreadableBody.of(e);
        String message = messages.getMessage(why.messageKey(), why.args(), LocaleContextHolder.getLocale());
        return Problems.withErrors(HttpStatus.BAD_REQUEST, "bad-input",
                messages.getMessage("problem.invalid-fields", new Object[] {why.field()}, LocaleContextHolder.getLocale()),
                Map.of(why.field(), message));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail mismatch(MethodArgumentTypeMismatchException e) {
        boolean nul = e.getValue() instanceof String v && v.indexOf(NulFreeText.NUL) >= 0;
        return parameter(e.getName(), nul ? "problem.parameter-nul" : "problem.bad-parameter");
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ProblemDetail missing(MissingServletRequestParameterException e) {
        return parameter(e.getParameterName(), "problem.missing-parameter");
    }

    @ExceptionHandler(MissingServletRequestPartException.class)
    ProblemDetail missingPart(MissingServletRequestPartException e) {
        return parameter(e.getRequestPartName(), "problem.missing-parameter");
    }

    /** A body announced as multipart that is not (no boundary, cut short): its file cannot be read. */
    @ExceptionHandler(MultipartException.class)
    ProblemDetail notMultipart(MultipartException e) {
        return parameter("file", "problem.not-multipart");
    }

    private ProblemDetail parameter(String name, String key) {
        String message = messages.getMessage(key, new Object[] {name}, LocaleContextHolder.getLocale());
        return Problems.withErrors(HttpStatus.BAD_REQUEST, "bad-input", message, Map.of(name, message));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail denied(AccessDeniedException e) {
        return Problems.of(HttpStatus.FORBIDDEN, "forbidden",
                messages.getMessage("problem.forbidden", null, LocaleContextHolder.getLocale()));
    }
}
