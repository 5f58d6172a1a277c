package dev.boucle.offers;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Optional;

/** What an offer promises, in the currency of its office. Built only by {@link OfferForm#validate}. */
public record OfferTerms(String office, String currency, BigDecimal base, BigDecimal bonusTargetPercent, BigDecimal signOn,
        BigDecimal relocation, Optional<Equity> equity, LocalDate startDate) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public BigDecimal bonusTarget() {
        return base.multiply(bonusTargetPercent).divide(HUNDRED, 2, RoundingMode.HALF_UP);
    }

    /** Recurring cash in a year: base plus the bonus at target. */
    public BigDecimal annualCash() {
        return base.add(bonusTarget());
    }

    /** Cash of the first year, one-offs included: what the approval threshold is compared with. */
    public BigDecimal firstYearCash() {
        return annualCash().add(signOn).add(relocation);
    }
}
