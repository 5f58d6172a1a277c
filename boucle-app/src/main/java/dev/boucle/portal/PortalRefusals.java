package dev.boucle.portal;

import dev.boucle.platform.NotFound;
import dev.boucle.platform.Ui;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * The portal pages' refusals, one page for all: no candidate session (401), a staff credential
 * (403), nothing of theirs there (404). Each says what to do next in the reader's language.
 */
@ControllerAdvice(assignableTypes = {PortalPages.class, PracticePages.class, PortalPrivacyPages.class})
class PortalRefusals {

    private final MessageSource messages;

    PortalRefusals(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(PortalDoor.NotSignedIn.class)
    String notSignedIn(Model model, HttpServletRequest request, HttpServletResponse response) {
        return gone(401, "portal.gone.no-session", model, request, response);
    }

    @ExceptionHandler(PortalDoor.StaffRefused.class)
    String staff(Model model, HttpServletRequest request, HttpServletResponse response) {
        return gone(403, "portal.gone.staff", model, request, response);
    }

    @ExceptionHandler(NotFound.class)
    String notFound(Model model, HttpServletRequest request, HttpServletResponse response) {
        return gone(404, "portal.gone.not-found", model, request, response);
    }

    /** An exception handler's model lacks the advice's attributes: the Ui is made again for the page. */
    private String gone(int status, String message, Model model, HttpServletRequest request, HttpServletResponse response) {
        response.setStatus(status);
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        model.addAttribute("ui", new Ui(LocaleContextHolder.getLocale(), messages, null, Set.of(), "_csrf", csrf == null ? "" : csrf.getToken(),
                request.getRequestURI()));
        model.addAttribute("message", message);
        return "portal/gone";
    }
}
