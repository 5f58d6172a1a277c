package dev.boucle.offers;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An equity grant: so many units of an instrument, their strike (for options and warrants), the
 * current valuation per share, the vesting schedule and a note on liquidity, since shares of a
 * company that is not listed cannot simply be sold.
 */
public record Equity(EquityInstrument instrument, long units, BigDecimal strike, BigDecimal valuation, int vestingMonths,
        int cliffMonths, String liquidityNote) {

    /**
     * Value on paper at the current valuation: units times (valuation minus strike), never below
     * zero. Not cash: it is shown apart and never taxed in the comparison.
     */
    public BigDecimal paperValue() {
        BigDecimal perShare = strike == null ? valuation : valuation.subtract(strike);
        return perShare.signum() <= 0 ? BigDecimal.ZERO
                : perShare.multiply(BigDecimal.valueOf(units)).setScale(2, RoundingMode.HALF_UP);
    }
}
