package dev.boucle.offers;

import java.util.Optional;

/** The kinds of equity an offer can grant; some exist only under one country's law. */
public enum EquityInstrument {
    /** Restricted stock units: shares delivered as they vest, no price to pay. */
    RSU,
    /** Stock options: the right to buy shares at the strike price. */
    OPTIONS,
    /** Bons de souscription de parts de créateur d'entreprise: French founders' warrants, with a price. */
    BSPCE,
    /** Attribution gratuite d'actions: French free shares. */
    AGA,
    /** Enterprise Management Incentive options: a UK scheme, with an exercise price. */
    EMI;

    /** Whether the holder pays a price per share (options and warrants) rather than receiving shares. */
    public boolean hasStrike() {
        return this == OPTIONS || this == BSPCE || this == EMI;
    }

    /** The only country (FR, UK) whose employees can hold it, when the scheme is national. */
    public Optional<String> onlyIn() {
        return switch (this) {
            case BSPCE, AGA -> Optional.of("FR");
            case EMI -> Optional.of("UK");
            case RSU, OPTIONS -> Optional.empty();
        };
    }
}
