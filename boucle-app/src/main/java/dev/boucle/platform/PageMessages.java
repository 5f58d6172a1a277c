package dev.boucle.platform;

import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The one way the pages turn an action's outcome into the message shown after the redirect:
 * its notice, or the refusal in the reader's language with the fields at fault. Any other
 * exception is not a refusal and goes on to the error page.
 */
@Component
public class PageMessages {

    private final MessageSource messages;

    PageMessages(MessageSource messages) {
        this.messages = messages;
    }

    /** Runs a form action and redirects to {@code back}; the action returns its notice in the reader's language, or null for none. */
    public String attempt(RedirectAttributes redirect, String back, Supplier<@Nullable String> action) {
        try {
            String notice = action.get();
            if (notice != null) redirect.addFlashAttribute("notice", notice);
        } catch (RuntimeException e) {
            redirect.addFlashAttribute("error", refusal(e));
        }
        return "redirect:" + back;
    }

    /** Like {@link #attempt}, but a form Spring could not bind is refused first, naming its fields. */
    public String attempt(BindingResult binding, RedirectAttributes redirect, String back, Supplier<@Nullable String> action) {
        if (binding.hasErrors()) {
            String fields = binding.getFieldErrors().stream().map(f -> f.getField()).distinct().collect(Collectors.joining(", "));
            redirect.addFlashAttribute("error", text("problem.invalid-fields", fields));
            return "redirect:" + back;
        }
        return attempt(redirect, back, action);
    }

    /** The message of a refusal; anything else is rethrown. */
    public String refusal(RuntimeException e) {
        if (e instanceof BadInput bad) {
            String fields = bad.fieldErrors().entrySet().stream().map(f -> f.getKey() + ": " + text(f.getValue()))
                    .collect(Collectors.joining("; "));
            return text(bad.messageKey(), bad.args()) + (fields.isEmpty() ? "" : " (" + fields + ")");
        }
        if (e instanceof Refusal r) return text(r.messageKey(), r.args());
        throw e;
    }

    public String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
