package dev.boucle.comp.us;

import dev.boucle.comp.api.Filing;
import dev.boucle.comp.api.Ledger;
import dev.boucle.comp.api.Line;
import dev.boucle.comp.api.Money;
import dev.boucle.comp.rules.Section;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Child tax credit (IRC s.24, Schedule 8812) for qualifying children under 17: a credit per child,
 * reduced by $50 for each $1,000 or fraction of modified AGI above the filing-status threshold;
 * the part the tax cannot absorb is refunded up to the refundable amount per child and 15 % of
 * earned income above $2,500. Simplifications: the credit for other dependents, the alternative
 * refundable amount for three or more children (Social Security taxes less EIC) and the SSN tests
 * are not modelled; wages are the only income, so modified AGI and earned income are the wages
 * after pre-tax deductions.
 */
final class ChildTaxCredit {

    private ChildTaxCredit() {
    }

    record Rules(BigDecimal perChild, BigDecimal refundablePerChild, ByFiling<BigDecimal> phaseOutStart, BigDecimal phaseOutStep,
                 BigDecimal phaseOutPerStep, BigDecimal earnedIncomeFloor, BigDecimal refundableRate) {

        static Rules from(Section s) {
            Rules rules = new Rules(s.money("perChild"), s.money("refundablePerChild"), ByFiling.money(s, "phaseOutStart"),
                    s.money("phaseOutStep"), s.money("phaseOutPerStep"), s.money("earnedIncomeFloor"), s.rate("refundableRate"));
            s.close();
            return rules;
        }
    }

    /** Adds the credit as a negative income-tax line (a refundable part can make the federal tax negative). */
    static BigDecimal apply(int children, BigDecimal agi, BigDecimal tax, Filing filing, Rules rules, Ledger ledger) {
        if (children == 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal n = BigDecimal.valueOf(children);
        BigDecimal maximum = ledger.info("us.fed.ctc.maximum", "Child tax credit before phase-out (" + children + " × " + rules.perChild().toPlainString() + ")", rules.perChild().multiply(n));
        BigDecimal excess = Money.positive(agi.subtract(rules.phaseOutStart().of(filing)));
        BigDecimal steps = excess.divide(rules.phaseOutStep(), 0, RoundingMode.CEILING);
        BigDecimal reduction = steps.multiply(rules.phaseOutPerStep());
        if (reduction.signum() > 0) {
            ledger.info("us.fed.ctc.phase_out", "Phase-out: " + rules.phaseOutPerStep().toPlainString() + " per " + rules.phaseOutStep().toPlainString() + " of AGI above " + rules.phaseOutStart().of(filing).toPlainString(), reduction.negate());
        }
        BigDecimal credit = Money.positive(maximum.subtract(reduction));
        BigDecimal nonRefundable = Money.min(credit, Money.positive(tax));
        BigDecimal earned = Money.positive(agi.subtract(rules.earnedIncomeFloor())).multiply(rules.refundableRate());
        BigDecimal refundable = Money.min(credit.subtract(nonRefundable), Money.min(rules.refundablePerChild().multiply(n), earned));
        if (refundable.signum() > 0) {
            ledger.info("us.fed.ctc.refundable", "Additional child tax credit (refundable part)", refundable);
        }
        BigDecimal total = nonRefundable.add(refundable);
        ledger.add("us.fed.ctc", "Child tax credit", credit, null, total.negate(), Line.Kind.INCOME_TAX);
        return total;
    }
}
