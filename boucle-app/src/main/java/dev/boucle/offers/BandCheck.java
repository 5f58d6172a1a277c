package dev.boucle.offers;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The policy that says why an offer needs approval: each way it leaves its band, and a first
 * year's cash above the threshold of its currency. No reason: it is approved on submission.
 */
final class BandCheck {

    private BandCheck() {}

    /** Why approval is needed; each reason is a stable code with a message key "offer.reason.CODE". */
    public enum Reason { NO_BAND, BASE_BELOW_BAND, BASE_ABOVE_BAND, BONUS_ABOVE_TARGET, EQUITY_BELOW_BAND, EQUITY_ABOVE_BAND, ABOVE_THRESHOLD }

    public static List<Reason> reasons(OfferTerms terms, Optional<Band> band, ApprovalPolicy policy) {
        List<Reason> reasons = new ArrayList<>();
        if (band.isEmpty()) {
            reasons.add(Reason.NO_BAND);
        } else {
            Band b = band.get();
            if (terms.base().compareTo(b.baseMin()) < 0) reasons.add(Reason.BASE_BELOW_BAND);
            if (terms.base().compareTo(b.baseMax()) > 0) reasons.add(Reason.BASE_ABOVE_BAND);
            if (terms.bonusTargetPercent().compareTo(b.bonusTargetPercent()) > 0) reasons.add(Reason.BONUS_ABOVE_TARGET);
            BigDecimal equity = terms.equity().map(Equity::paperValue).orElse(BigDecimal.ZERO);
            if (equity.compareTo(b.equityMin()) < 0) reasons.add(Reason.EQUITY_BELOW_BAND);
            if (equity.compareTo(b.equityMax()) > 0) reasons.add(Reason.EQUITY_ABOVE_BAND);
        }
        policy.threshold(terms.currency()).filter(t -> terms.firstYearCash().compareTo(t) > 0)
                .ifPresent(t -> reasons.add(Reason.ABOVE_THRESHOLD));
        return List.copyOf(reasons);
    }
}
