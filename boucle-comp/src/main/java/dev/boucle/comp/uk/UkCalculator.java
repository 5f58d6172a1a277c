package dev.boucle.comp.uk;

import dev.boucle.comp.api.Ledger;
import dev.boucle.comp.api.Line;
import dev.boucle.comp.api.Money;
import dev.boucle.comp.api.NetRequest;
import dev.boucle.comp.api.NetResult;
import dev.boucle.comp.api.RefusedInput;
import dev.boucle.comp.api.Start;
import dev.boucle.comp.api.StudentLoanPlan;
import dev.boucle.comp.api.UkRegion;
import dev.boucle.comp.rules.RuleLibrary;
import dev.boucle.comp.rules.Scale;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Set;

/**
 * UK employee: salary sacrifice into a pension, personal allowance (tapered above £100,000),
 * income tax on the rest of the UK or Scottish bands, Class 1 NI and student loan repayments.
 * Annual figures: payroll works period by period, so a payslip can differ by pence; employment
 * income is the only income, so adjusted net income equals pay after the sacrifice. The UK taxes
 * each person alone: a partner's pay gets its own computation, added to the household's totals.
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
        BigDecimal gross = null;
        BigDecimal taxable;
        if (request.start() instanceof Start.Gross g) {
            gross = g.amount();
            taxable = employee(gross, request.pensionSacrifice(), request.region(), request.studentLoans(), rules, ledger);
            if (request.partnerGross() != null) {
                Ledger partner = new Ledger();
                // Taxed alone; the household's taxable income is the sum of the two.
                taxable = taxable.add(employee(request.partnerGross(), BigDecimal.ZERO, request.region(), Set.of(), rules, partner));
                partner.lines().forEach(l -> ledger.addAll(List.of(l.forPartner("(partner)"))));
                gross = gross.add(request.partnerGross());
            }
        } else {
            taxable = ledger.info("uk.taxable", "Taxable income (given)", request.start().amount());
            incomeTax(taxable, request.region(), rules, ledger);
            ledger.info("uk.ni_not_computed", "National Insurance needs --gross (it is charged on earnings, not taxable income)", BigDecimal.ZERO);
        }
        return NetResult.of("GBP", gross, gross != null ? gross : taxable, taxable, ledger, loaded.estimateReasons(), List.of(loaded.file()));
    }

    /** One employee's pay: sacrifice, allowance, tax, NI, loans. Returns the taxable income. */
    private static BigDecimal employee(BigDecimal gross, BigDecimal sacrifice, UkRegion region, Set<StudentLoanPlan> loans,
                                       UkRules rules, Ledger ledger) {
        ledger.add("uk.gross", "Gross pay", null, null, gross, Line.Kind.GROSS);
        BigDecimal pay = gross;
        if (sacrifice.signum() > 0) {
            if (sacrifice.compareTo(rules.pensionAnnualAllowance()) > 0 || sacrifice.compareTo(gross) > 0) {
                throw new RefusedInput("pension-sacrifice", "--pension-sacrifice must be at most the gross pay and the "
                        + rules.pensionAnnualAllowance().toPlainString() + " pension annual allowance");
            }
            ledger.add("uk.pension_sacrifice", "Salary sacrificed into the employer's pension scheme", null, null, sacrifice, Line.Kind.PRE_TAX);
            pay = ledger.info("uk.pay_after_sacrifice", "Pay after salary sacrifice (taxed, NI and student loans on this)", gross.subtract(sacrifice));
        }
        BigDecimal allowance = personalAllowance(pay, rules.allowance(), ledger);
        // HMRC charges tax on whole pounds of taxable income.
        BigDecimal taxable = ledger.info("uk.taxable", "Taxable income (after personal allowance, whole pounds)", Money.wholeDown(Money.positive(pay.subtract(allowance))));
        incomeTax(taxable, region, rules, ledger);
        NationalInsuranceCalc.employee(pay, rules.ni(), ledger);
        for (StudentLoanPlan plan : loans) {
            StudentLoans.repayment(plan, pay, rules.loans().get(plan), ledger);
        }
        return taxable;
    }

    private static void incomeTax(BigDecimal taxable, UkRegion region, UkRules rules, Ledger ledger) {
        Scale scale = region == UkRegion.SCT ? rules.scotland() : rules.restOfUk();
        ledger.addAll(scale.lines("uk.tax.band", taxable, Line.Kind.INFO));
        BigDecimal tax = scale.tax(taxable).setScale(2, RoundingMode.FLOOR);
        String regionName = region == UkRegion.SCT ? "Scottish" : "England, Wales and Northern Ireland";
        ledger.add("uk.income_tax", "Income tax (" + regionName + " bands)", taxable, null, tax, Line.Kind.INCOME_TAX);
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
