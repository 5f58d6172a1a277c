package dev.boucle.portal;

import dev.boucle.platform.Problems;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The portal API's own refusals: no candidate session (401), a staff credential (403). */
@RestControllerAdvice(assignableTypes = {PortalApi.class, PortalPrivacyApi.class})
@Order(-2)
class PortalProblems {

    private final MessageSource messages;

    PortalProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(PortalDoor.NotSignedIn.class)
    org.springframework.http.ResponseEntity<ProblemDetail> notSignedIn() {
        return org.springframework.http.ResponseEntity.status(401).header("WWW-Authenticate", "Portal-Link")
                .body(Problems.of(HttpStatus.UNAUTHORIZED, "unauthorized", text("portal.refused.no-session")));
    }

    @ExceptionHandler(PortalDoor.StaffRefused.class)
    ProblemDetail staff() {
        return Problems.of(HttpStatus.FORBIDDEN, "forbidden", text("portal.refused.staff"));
    }

    private String text(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
