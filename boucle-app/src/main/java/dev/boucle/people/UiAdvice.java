package dev.boucle.people;

import dev.boucle.platform.Ui;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every page controller's model the {@link Ui} its templates take. */
@ControllerAdvice(annotations = Controller.class)
class UiAdvice {

    private final MessageSource messages;

    UiAdvice(MessageSource messages) {
        this.messages = messages;
    }

    @ModelAttribute("ui")
    Ui ui(HttpServletRequest request) {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        CurrentUser user = auth != null && auth.getPrincipal() instanceof CurrentUser u ? u : null;
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        Set<String> roles = user == null ? Set.of() : user.roles().stream().map(Enum::name).collect(Collectors.toSet());
        String query = request.getQueryString() == null ? "" : "?" + request.getQueryString()
                .replaceAll("(^|&)lang=[^&]*", "").replaceFirst("^&", "");
        String path = request.getRequestURI() + (query.equals("?") ? "" : query);
        return new Ui(LocaleContextHolder.getLocale(), messages, user == null ? null : user.name(), roles,
                csrf == null ? "_csrf" : csrf.getParameterName(), csrf == null ? "" : csrf.getToken(), path);
    }
}
