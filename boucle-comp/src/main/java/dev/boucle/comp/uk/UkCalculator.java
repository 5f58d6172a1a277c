package dev.boucle.comp.uk;

import dev.boucle.comp.api.Ledger;
import dev.boucle.comp.api.Line;
import dev.boucle.comp.api.Money;
import dev.boucle.comp.api.NetRequest;
import dev.boucle.comp.api.NetResult;
import dev.boucle.comp.api.Start;
import dev.boucle.comp.api.StudentLoanPlan;
import dev.boucle.comp.api.UkRegion;
import dev.boucle.comp.rules.RuleLibrary;
import dev.boucle.comp.rules.Scale;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * UK employee: personal allowance (tapered above £100,000), income tax on the rest of the UK
 * or Scottish bands, Class 1 NI and student loan repayments. Annual figures: payroll works
 * period by period, so a payslip can differ by pence; employment income is the only income,
 * so adjusted net income equals gross pay.
 */
public final class UkCalculator {

    private final RuleLibrary library;

    public UkCalculator(RuleLibrary library) {
        this.library = library;
    }

    public NetResult net(NetRequest.Uk request) {
        RuleLibrary.Loaded<UkRules> loaded = library.load("uk", request.year(), UkRules::from);
        UkRules rules = loaded.rules();
        Ledger ledger = new Ledger();
        Scale scale = request.region() == UkRegion.SCT ? rules.scotland() : rules.restOfUk();
        BigDecimal gross = null;
        BigDecimal taxable;
        if (request.start() instanceof Start.Gross g) {
            gross = ledger.add("uk.gross", "Gross pay", null, null, g.amount(), Line.Kind.GROSS);
            BigDecimal allowance = personalAllowance(gross, rules.allowance(), ledger);
            // HMRC charges tax on whole pounds of taxable income.
            taxable = ledger.info("uk.taxable", "Taxable income (after personal allowance, whole pounds)", Money.wholeDown(Money.positive(gross.subtract(allowance))));
        } else {
            taxable = ledger.info("uk.taxable", "Taxable income (given)", request.start().amount());
        }
        ledger.addAll(scale.lines("uk.tax.band", taxable, Line.Kind.INFO));
        BigDecimal tax = scale.tax(taxable).setScale(2, RoundingMode.FLOOR);
        String regionName = request.region() == UkRegion.SCT ? "Scottish" : "England, Wales and Northern Ireland";
        ledger.add("uk.income_tax", "Income tax (" + regionName + " bands)", taxable, null, tax, Line.Kind.INCOME_TAX);
        if (gross != null) {
            NationalInsuranceCalc.employee(gross, rules.ni(), ledger);
            for (StudentLoanPlan plan : request.studentLoans()) {
                StudentLoans.repayment(plan, gross, rules.loans().get(plan), ledger);
            }
        } else {
            ledger.info("uk.ni_not_computed", "National Insurance needs --gross (it is charged on earnings, not taxable income)", BigDecimal.ZERO);
        }
        BigDecimal contributions = ledger.total(Line.Kind.CONTRIBUTION);
        BigDecimal incomeTax = ledger.total(Line.Kind.INCOME_TAX);
        BigDecimal other = ledger.total(Line.Kind.OTHER_TAX);
        BigDecimal start = gross != null ? gross : taxable;
        BigDecimal beforeTax = start.subtract(contributions);
        BigDecimal net = beforeTax.subtract(incomeTax).subtract(other);
        return new NetResult("GBP", gross, contributions, beforeTax, taxable, incomeTax, other, net,
                loaded.estimate(), loaded.estimateReasons(), List.of(loaded.file()), ledger.lines());
    }

    /** £1 of allowance lost for every £2 of income above the threshold, never below zero. */
    static BigDecimal personalAllowance(BigDecimal income, UkRules.PersonalAllowance rules, Ledger ledger) {
        BigDecimal excess = Money.positive(Money.wholeDown(income).subtract(rules.taperThreshold()));
        BigDecimal reduction = Money.wholeDown(excess.multiply(rules.taperRate()));
        BigDecimal allowance = Money.positive(rules.amount().subtract(reduction));
        if (reduction.signum() > 0) {
            ledger.add("uk.pa.taper", "Personal allowance reduced by half the income above " + rules.taperThreshold().toPlainString(), excess, rules.taperRate(), reduction.negate(), Line.Kind.INFO);
        }
        ledger.add("uk.pa", "Personal allowance", null, null, allowance.negate(), Line.Kind.DEDUCTION);
        return allowance;
    }
}
