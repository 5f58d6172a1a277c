package dev.boucle.comp.fr;

import dev.boucle.comp.api.Household;
import dev.boucle.comp.api.Ledger;
import dev.boucle.comp.api.Line;
import dev.boucle.comp.api.Money;
import java.math.BigDecimal;

/**
 * CEHR (CGI art. 223 sexies) and CDHR (CGI art. 224, created by the 2025 finance law).
 * Both are assessed on the revenu fiscal de référence (RFR). Simplification: for a household
 * whose only income is this salary the RFR equals the revenu net imposable, so that is used;
 * the CEHR smoothing for exceptional income, the CDHR "retraité" adjustments and the tax
 * reductions and credits the CDHR adds back are out of scope (no such income here).
 */
final class HighIncomeContributions {

    private HighIncomeContributions() {
    }

    static BigDecimal cehr(BigDecimal rfr, Household household, FranceRules rules, Ledger ledger) {
        var scale = household == Household.COUPLE ? rules.cehrCouple() : rules.cehrSingle();
        BigDecimal amount = Money.whole(scale.tax(rfr));
        if (amount.signum() > 0) {
            ledger.addAll(scale.lines("fr.cehr.band", rfr, Line.Kind.INFO));
        }
        return ledger.add("fr.cehr", "Contribution exceptionnelle sur les hauts revenus (CEHR)", rfr, null, amount, Line.Kind.OTHER_TAX);
    }

    /**
     * The CDHR tops the household's tax up to 20 % of its RFR. Tax counted: income tax after
     * décote plus CEHR, plus 12 500 € for a couple and 1 500 € per dependant. Between the
     * threshold and the décote ceiling the 20 % target is lowered to 82.5 % of the RFR above
     * the threshold (art. 224, V) so that the contribution phases in.
     */
    static BigDecimal cdhr(BigDecimal rfr, Household household, int dependants, BigDecimal incomeTax, BigDecimal cehr,
                           FranceRules.Cdhr rules, Ledger ledger) {
        boolean couple = household == Household.COUPLE;
        BigDecimal threshold = couple ? rules.thresholdCouple() : rules.thresholdSingle();
        if (!rules.applies() || rfr.compareTo(threshold) <= 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal target = rfr.multiply(rules.rate());
        BigDecimal ceiling = couple ? rules.decoteCeilingCouple() : rules.decoteCeilingSingle();
        if (rfr.compareTo(ceiling) <= 0) {
            target = Money.min(target, rfr.subtract(threshold).multiply(rules.decoteRate()));
        }
        ledger.add("fr.cdhr.target", "CDHR : imposition minimale (20 % du RFR, après décote d'entrée)", rfr, rules.rate(), Money.cents(target), Line.Kind.INFO);
        BigDecimal allowance = rules.allowancePerDependant().multiply(BigDecimal.valueOf(dependants));
        if (couple) {
            allowance = allowance.add(rules.allowanceCouple());
        }
        BigDecimal counted = incomeTax.add(cehr).add(allowance);
        ledger.info("fr.cdhr.counted", "CDHR : impôt retenu (IR + CEHR + majorations couple et personnes à charge)", counted);
        BigDecimal amount = Money.whole(Money.positive(target.subtract(counted)));
        return ledger.add("fr.cdhr", "Contribution différentielle sur les hauts revenus (CDHR)", rfr, null, amount, Line.Kind.OTHER_TAX);
    }
}
