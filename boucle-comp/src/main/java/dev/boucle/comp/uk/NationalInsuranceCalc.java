package dev.boucle.comp.uk;

import dev.boucle.comp.api.Ledger;
import dev.boucle.comp.api.Line;
import dev.boucle.comp.api.Money;
import java.math.BigDecimal;

/**
 * Employee Class 1 NI on annual earnings: main rate between the primary threshold and the upper
 * earnings limit, upper rate above. Simplification: thresholds applied to the year as a whole
 * (the directors' annual earnings period); monthly payroll applies twelfths of them.
 */
final class NationalInsuranceCalc {

    private NationalInsuranceCalc() {
    }

    static BigDecimal employee(BigDecimal gross, UkRules.NationalInsurance rules, Ledger ledger) {
        BigDecimal main = Money.slice(gross, rules.primaryThreshold(), rules.upperEarningsLimit());
        BigDecimal upper = Money.slice(gross, rules.upperEarningsLimit(), null);
        BigDecimal total = BigDecimal.ZERO;
        if (main.signum() > 0) {
            total = total.add(ledger.add("uk.ni.main", "Class 1 NI, main rate (primary threshold to upper earnings limit)", main, rules.mainRate(), Money.cents(main.multiply(rules.mainRate())), Line.Kind.CONTRIBUTION));
        }
        if (upper.signum() > 0) {
            total = total.add(ledger.add("uk.ni.upper", "Class 1 NI, upper rate (above upper earnings limit)", upper, rules.upperRate(), Money.cents(upper.multiply(rules.upperRate())), Line.Kind.CONTRIBUTION));
        }
        return total;
    }
}
