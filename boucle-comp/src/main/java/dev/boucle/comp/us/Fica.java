package dev.boucle.comp.us;

import dev.boucle.comp.api.Filing;
import dev.boucle.comp.api.Ledger;
import dev.boucle.comp.api.Line;
import dev.boucle.comp.api.Money;
import java.math.BigDecimal;

/**
 * Employee FICA: Social Security up to the wage base, Medicare on all wages, Additional Medicare
 * on wages above the filing-status threshold (Form 8959; the employer withholds from $200,000
 * whatever the status, and the return settles the difference; the liability is shown here).
 */
final class Fica {

    private Fica() {
    }

    static void employee(BigDecimal wages, Filing filing, FederalRules rules, Ledger ledger) {
        BigDecimal ssBase = Money.min(wages, rules.wageBase());
        ledger.add("us.fica.social_security", "Social Security (up to the " + rules.wageBase().toPlainString() + " wage base)", ssBase, rules.socialSecurityRate(), Money.cents(ssBase.multiply(rules.socialSecurityRate())), Line.Kind.CONTRIBUTION);
        ledger.add("us.fica.medicare", "Medicare", wages, rules.medicareRate(), Money.cents(wages.multiply(rules.medicareRate())), Line.Kind.CONTRIBUTION);
        BigDecimal above = Money.slice(wages, rules.additionalMedicareThreshold().of(filing), null);
        if (above.signum() > 0) {
            ledger.add("us.fica.additional_medicare", "Additional Medicare Tax (wages above " + rules.additionalMedicareThreshold().of(filing).toPlainString() + ")", above, rules.additionalMedicareRate(), Money.cents(above.multiply(rules.additionalMedicareRate())), Line.Kind.CONTRIBUTION);
        }
    }
}
