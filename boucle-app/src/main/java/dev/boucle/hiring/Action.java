package dev.boucle.hiring;

import java.util.Locale;
import java.util.Optional;

/** What a person can ask of an application. */
public enum Action {
    ADVANCE, REJECT, WITHDRAW, HOLD, RESUME;

    public static Optional<Action> parse(String raw) {
        if (raw == null) return Optional.empty();
        try {
            return Optional.of(valueOf(raw.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
