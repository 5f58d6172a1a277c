package dev.boucle.offers;

import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Why a candidate said no to an offer, from a closed set so the reasons can be counted (the
 * free-text note stays beside it for the detail). Public because analytics counts them and the
 * offer page lists them.
 */
public enum DeclineReason {
    COMPENSATION, COMPETING_OFFER, COUNTER_OFFER, LOCATION, ROLE_OR_LEVEL, TIMING,
    /** The loop itself put the candidate off: too long, too many rounds, a bad interview. */
    PROCESS,
    PERSONAL, OTHER;

    /** The label's key in the offers bundle, e.g. {@code offer.decline-reason.competing-offer}. */
    public String messageKey() {
        return "offer.decline-reason." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * A reason as a client or a form sends it, case aside ({@code competing_offer} and
     * {@code competing-offer} too); empty for a value that is none of them.
     */
    static Optional<DeclineReason> parse(@Nullable String raw) {
        if (raw == null) return Optional.empty();
        try {
            return Optional.of(valueOf(raw.strip().toUpperCase(Locale.ROOT).replace('-', '_')));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
