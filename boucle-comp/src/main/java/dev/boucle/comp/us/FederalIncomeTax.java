package dev.boucle.comp.us;

import dev.boucle.comp.api.Filing;
import dev.boucle.comp.api.Ledger;
import dev.boucle.comp.api.Line;
import dev.boucle.comp.api.Money;
import java.math.BigDecimal;

/**
 * Federal income tax on taxable income. Below $100,000 the law's answer is the IRS Tax Table,
 * which taxes the midpoint of the row the income falls in ($50 rows from $3,000, $25 rows
 * below, then 5-15 and 15-25) and rounds to the dollar; above, the Tax Computation Worksheet
 * applies the rate schedule exactly. Both are reproduced here.
 */
final class FederalIncomeTax {

    private static final BigDecimal THREE_THOUSAND = BigDecimal.valueOf(3000);

    private FederalIncomeTax() {
    }

    static BigDecimal compute(BigDecimal taxable, Filing filing, FederalRules rules, Ledger ledger) {
        var scale = rules.brackets().of(filing);
        BigDecimal base = taxable;
        BigDecimal tax;
        if (taxable.compareTo(rules.taxTableBelow()) < 0) {
            base = tableMidpoint(taxable);
            ledger.info("us.fed.table_midpoint", "Tax Table row midpoint (income under " + rules.taxTableBelow().toPlainString() + ")", base);
            tax = Money.whole(scale.tax(base));
        } else {
            tax = Money.cents(scale.tax(base));
        }
        ledger.addAll(scale.lines("us.fed.band", base, Line.Kind.INFO));
        return ledger.add("us.fed.income_tax", "Federal income tax (" + ByFiling.describe(filing) + ")", taxable, null, tax, Line.Kind.INCOME_TAX);
    }

    static BigDecimal tableMidpoint(BigDecimal taxable) {
        if (taxable.compareTo(BigDecimal.valueOf(5)) < 0) {
            return BigDecimal.ZERO;
        }
        if (taxable.compareTo(BigDecimal.valueOf(15)) < 0) {
            return BigDecimal.TEN;
        }
        if (taxable.compareTo(BigDecimal.valueOf(25)) < 0) {
            return BigDecimal.valueOf(20);
        }
        BigDecimal width = taxable.compareTo(THREE_THOUSAND) < 0 ? BigDecimal.valueOf(25) : BigDecimal.valueOf(50);
        BigDecimal rowStart = Money.wholeDown(taxable.divide(width)).multiply(width);
        return rowStart.add(width.divide(BigDecimal.valueOf(2)));
    }
}
