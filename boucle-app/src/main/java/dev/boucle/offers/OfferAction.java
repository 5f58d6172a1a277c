package dev.boucle.offers;

import java.util.Locale;
import java.util.Optional;

/** What a recruiter can ask of an offer (approvals have their own route). */
enum OfferAction {
    SUBMIT, EXTEND, ACCEPT, DECLINE, EXPIRE;

    public static Optional<OfferAction> parse(String raw) {
        if (raw == null) return Optional.empty();
        try {
            return Optional.of(valueOf(raw.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
