package dev.boucle.comp.fr;

import dev.boucle.comp.api.Household;
import dev.boucle.comp.api.Ledger;
import dev.boucle.comp.api.Line;
import dev.boucle.comp.api.Money;
import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Impôt sur le revenu from the revenu net imposable: scale applied per part, quotient familial
 * cap, décote (CGI art. 197, I-4), and the 61 € threshold under which no tax is collected
 * (CGI art. 1657, 1 bis). The gross tax and the décote are rounded to the euro, as in the
 * administration's worked examples; the quotient itself is not rounded.
 */
final class FrenchIncomeTax {

    private FrenchIncomeTax() {
    }

    /** Income tax after décote, before the collection threshold is applied (CDHR needs this amount). */
    record Result(BigDecimal beforeThreshold, BigDecimal collected) { }

    static Result compute(BigDecimal taxable, FamilyQuotient family, FranceRules.IncomeTax rules, Ledger ledger) {
        BigDecimal parts = family.parts();
        ledger.info("fr.ir.parts", "Parts de quotient familial", parts);
        BigDecimal quotient = taxable.divide(parts, MathContext.DECIMAL64);
        ledger.info("fr.ir.quotient", "Quotient familial (revenu imposable / parts)", quotient);
        ledger.addAll(rules.scale().lines("fr.ir.band", quotient, Line.Kind.INFO));
        BigDecimal withParts = rules.scale().tax(quotient).multiply(parts);
        ledger.info("fr.ir.tax_with_parts", "Impôt avec toutes les parts (impôt par part × parts)", Money.cents(withParts));
        BigDecimal gross = withParts;
        if (parts.compareTo(family.baseParts()) > 0) {
            BigDecimal base = family.baseParts();
            BigDecimal withoutExtra = rules.scale().tax(taxable.divide(base, MathContext.DECIMAL64)).multiply(base);
            BigDecimal floor = withoutExtra.subtract(family.advantageCap(rules));
            ledger.info("fr.ir.tax_base_parts", "Impôt avec les seules parts de base", Money.cents(withoutExtra));
            ledger.info("fr.ir.qf_cap", "Plafond de l'avantage des demi-parts supplémentaires", family.advantageCap(rules));
            if (floor.compareTo(withParts) > 0) {
                gross = floor;
                ledger.info("fr.ir.qf_capped", "Avantage plafonné : impôt retenu", Money.cents(floor));
            }
        }
        BigDecimal grossTax = Money.whole(gross);
        ledger.info("fr.ir.gross", "Impôt brut (arrondi à l'euro)", grossTax);
        BigDecimal decoteAmount = family.household() == Household.COUPLE ? rules.decoteCouple() : rules.decoteSingle();
        BigDecimal decote = Money.min(grossTax, Money.positive(Money.whole(decoteAmount.subtract(grossTax.multiply(rules.decoteRate())))));
        if (decote.signum() > 0) {
            ledger.add("fr.ir.decote", "Décote (" + decoteAmount.toPlainString() + " − 45,25 % de l'impôt brut)", grossTax, rules.decoteRate(), decote.negate(), Line.Kind.INFO);
        }
        BigDecimal afterDecote = grossTax.subtract(decote);
        BigDecimal collected = afterDecote.compareTo(rules.collectionThreshold()) < 0 ? BigDecimal.ZERO : afterDecote;
        if (collected.signum() == 0 && afterDecote.signum() > 0) {
            ledger.info("fr.ir.not_collected", "Impôt inférieur au seuil de recouvrement (" + rules.collectionThreshold().toPlainString() + " €) : non recouvré", afterDecote);
        }
        ledger.add("fr.ir.net", "Impôt sur le revenu", taxable, null, collected, Line.Kind.INCOME_TAX);
        return new Result(afterDecote, collected);
    }
}
