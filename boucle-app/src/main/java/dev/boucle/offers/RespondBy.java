package dev.boucle.offers;

import dev.boucle.platform.BadInput;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;

/**
 * The date an extended offer must be answered by: a week by default, which is what candidates
 * and recruiters expect, and never more than 60 days, so an offer cannot sit open for a season.
 */
final class RespondBy {

    static final int DEFAULT_DAYS = 7;
    static final int MAX_DAYS = 60;

    private RespondBy() {}

    /** The date asked for ({@code raw}, ISO), or the default; {@code today} is the office's. */
    static LocalDate choose(String raw, LocalDate today) {
        if (raw == null || raw.isBlank()) return today.plusDays(DEFAULT_DAYS);
        LocalDate date;
        try {
            date = LocalDate.parse(raw.strip());
        } catch (DateTimeParseException e) {
            throw refused("offer.error.date");
        }
        if (date.isBefore(today)) throw refused("offer.error.respond-by-past");
        if (date.isAfter(today.plusDays(MAX_DAYS))) throw refused("offer.error.respond-by-far");
        return date;
    }

    static BadInput refused(String key) {
        return new BadInput(Map.of("respondBy", key), key);
    }
}
