package dev.boucle.scheduling;

import dev.boucle.platform.BadInput;
import dev.boucle.platform.Refusal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The one way scheduling's pages turn an action's outcome into a message after the redirect:
 * its notice, or the refusal in the reader's language with the fields at fault.
 */
@Component
class PageActions {

    private final MessageSource messages;

    PageActions(MessageSource messages) {
        this.messages = messages;
    }

    /** A start and an end typed in the given zone's local time. */
    static TimeSpan span(String start, String end, ZoneId zone) {
        try {
            Instant from = LocalDateTime.parse(start.strip()).atZone(zone).toInstant();
            Instant to = LocalDateTime.parse(end.strip()).atZone(zone).toInstant();
            if (!to.isAfter(from)) throw new BadInput(Map.of("end", "sched.span.order"), "sched.span.order");
            return new TimeSpan(from, to);
        } catch (DateTimeParseException e) {
            throw new BadInput(Map.of("start", "sched.availability.format"), "sched.availability.format");
        }
    }


    /** Runs a form action; its notice or the refusal (with the fields at fault) is shown after the redirect. */
    String attempt(RedirectAttributes redirect, String back, java.util.function.Supplier<String> action) {
        try {
            redirect.addFlashAttribute("notice", action.get());
        } catch (BadInput e) {
            String fields = e.fieldErrors().entrySet().stream().map(f -> f.getKey() + ": " + text(f.getValue()))
                    .collect(Collectors.joining("; "));
            redirect.addFlashAttribute("error", text(e.messageKey(), e.args()) + (fields.isEmpty() ? "" : " (" + fields + ")"));
        } catch (RuntimeException e) {
            if (!(e instanceof Refusal r)) throw e;
            redirect.addFlashAttribute("error", text(r.messageKey(), r.args()));
        }
        return "redirect:" + back;
    }

    String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
