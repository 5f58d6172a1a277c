package dev.boucle.comp.us;

import dev.boucle.comp.api.Money;
import dev.boucle.comp.rules.Band;
import dev.boucle.comp.rules.Scale;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * New York's supplemental tax (IT-201 instructions, Tax computation worksheets 1 to 6): above a
 * NY AGI of $107,650 the benefit of the lower brackets is taken back, phased in over $50,000 of
 * AGI, until the whole taxable income is taxed at the rate of its top bracket; above the last
 * bracket start ($25,000,000) the flat top rate applies outright.
 *
 * The worksheets' dollar figures are derived here from the rate schedule instead of being
 * copied, so a new year's rates need no new code: the benefit of bracket j is
 * {@code B_j = rate_j × start_j − schedule(start_j)} (whole dollars, as printed in the
 * worksheets, e.g. $568 and $1,831 for single filers). For taxable income in bracket k the
 * supplemental tax is {@code B_(k-1) + fraction × (B_k − B_(k-1))}, the first recaptured
 * bracket (the one holding the $107,650 start) having no base, and
 * {@code fraction = min(1, (AGI − max(start_k, 107,650)) / 50,000)} rounded to four decimals.
 */
final class TaxBenefitRecapture {

    private TaxBenefitRecapture() {
    }

    static BigDecimal amount(BigDecimal agi, BigDecimal taxable, Scale scale, BigDecimal startAgi, BigDecimal phaseIn) {
        if (agi.compareTo(startAgi) <= 0 || taxable.signum() <= 0) {
            return BigDecimal.ZERO;
        }
        Band top = scale.top();
        if (agi.compareTo(top.from()) > 0) {
            return Money.positive(taxable.multiply(top.rate()).subtract(scale.tax(taxable)));
        }
        int first = scale.bandIndex(startAgi);
        int k = Math.max(scale.bandIndex(taxable), first);
        BigDecimal base = k == first ? BigDecimal.ZERO : benefit(scale, k - 1);
        BigDecimal incremental = benefit(scale, k).subtract(base);
        BigDecimal phaseStart = Money.max(scale.bands().get(k).from(), startAgi);
        BigDecimal fraction = Money.min(BigDecimal.ONE, Money.positive(agi.subtract(phaseStart)).divide(phaseIn, 4, RoundingMode.HALF_UP));
        if (fraction.compareTo(BigDecimal.ONE) == 0) {
            // Fully phased in: the worksheets stop at "taxable income × the bracket's rate".
            Band band = scale.bands().get(k);
            return Money.positive(taxable.multiply(band.rate()).subtract(scale.tax(taxable)));
        }
        return base.add(incremental.multiply(fraction));
    }

    /** What bracket j's lower brackets save compared with taxing its start at its own rate. */
    static BigDecimal benefit(Scale scale, int j) {
        Band band = scale.bands().get(j);
        return Money.whole(band.from().multiply(band.rate()).subtract(scale.tax(band.from())));
    }
}
