package dev.boucle.platform;

import java.util.Locale;
import java.util.Set;
import org.springframework.context.MessageSource;

/**
 * What every page template needs besides its own data: the reader's language and the message
 * bundle, who is signed in, and the CSRF token that every form and htmx request must carry.
 */
public record Ui(Locale locale, MessageSource messages, String userName, Set<String> roles, String csrfParameter,
        String csrfToken, String path) {

    /** The message for {@code key} in the reader's language. */
    public String t(String key, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }

    public boolean french() {
        return "fr".equals(locale.getLanguage());
    }

    public boolean signedIn() {
        return userName != null;
    }

    public boolean is(String role) {
        return roles.contains(role);
    }

    /** Admins and recruiters run the pipeline: they see the create and import forms. */
    public boolean runsPipeline() {
        return is("ADMIN") || is("RECRUITER");
    }

    /** The htmx header carrying the CSRF token, as the JSON hx-headers expects. */
    public String csrfHeaders() {
        return "{\"X-CSRF-TOKEN\": \"" + csrfToken + "\"}";
    }

    /** The current page in the other language. */
    public String otherLanguageHref() {
        return path + (path.contains("?") ? "&" : "?") + "lang=" + (french() ? "en" : "fr");
    }
}
