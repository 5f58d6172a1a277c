package dev.boucle.comp.us;

import dev.boucle.comp.api.Filing;
import dev.boucle.comp.api.Ledger;
import dev.boucle.comp.api.Line;
import dev.boucle.comp.api.Money;
import java.math.BigDecimal;

/**
 * Employee FICA: Social Security up to the wage base and Medicare, each person on their own
 * wages; Additional Medicare on the return's wages above the filing-status threshold (Form
 * 8959: the employer withholds from $200,000 whatever the status, and the return settles the
 * difference; the liability is shown here). FICA wages exclude section 125 reductions and HSA
 * contributions through a cafeteria plan, not 401(k) deferrals (IRC s.3121(a)(5), (v)(1)(A)).
 */
final class Fica {

    private Fica() {
    }

    /** Social Security and Medicare on one person's FICA wages; {@code code} prefixes the line codes. */
    static void person(String code, String whose, BigDecimal wages, FederalRules rules, Ledger ledger) {
        BigDecimal ssBase = Money.min(wages, rules.wageBase());
        ledger.add(code + "social_security", "Social Security" + whose + " (up to the " + rules.wageBase().toPlainString() + " wage base)", ssBase, rules.socialSecurityRate(), Money.cents(ssBase.multiply(rules.socialSecurityRate())), Line.Kind.CONTRIBUTION);
        ledger.add(code + "medicare", "Medicare" + whose, wages, rules.medicareRate(), Money.cents(wages.multiply(rules.medicareRate())), Line.Kind.CONTRIBUTION);
    }

    static void additionalMedicare(BigDecimal returnWages, Filing filing, FederalRules rules, Ledger ledger) {
        BigDecimal threshold = rules.additionalMedicareThreshold().of(filing);
        BigDecimal above = Money.slice(returnWages, threshold, null);
        if (above.signum() > 0) {
            ledger.add("us.fica.additional_medicare", "Additional Medicare Tax (wages above " + threshold.toPlainString() + ")", above, rules.additionalMedicareRate(), Money.cents(above.multiply(rules.additionalMedicareRate())), Line.Kind.CONTRIBUTION);
        }
    }
}
