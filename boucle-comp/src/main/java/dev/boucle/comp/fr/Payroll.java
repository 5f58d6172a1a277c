package dev.boucle.comp.fr;

import dev.boucle.comp.api.EmployeeStatus;
import dev.boucle.comp.api.Ledger;
import dev.boucle.comp.api.Line;
import dev.boucle.comp.api.Money;
import java.math.BigDecimal;

/**
 * From gross pay to net pay and net taxable pay for a private-sector employee: the employee
 * contributions on their PASS slices, then CSG and CRDS. Each amount is computed on the annual
 * pay and rounded to the cent (a payslip rounds month by month, which can differ by cents).
 */
final class Payroll {

    /** What the payroll step hands to the income-tax step. */
    record Result(BigDecimal deducted, BigDecimal netPay, BigDecimal netTaxablePay) { }

    private Payroll() {
    }

    static Result run(BigDecimal gross, EmployeeStatus status, FranceRules rules, Ledger ledger) {
        BigDecimal pass = rules.pass();
        ledger.info("fr.pass", "Plafond annuel de la sécurité sociale (PASS)", pass);
        BigDecimal contributions = BigDecimal.ZERO;
        for (ContributionRule rule : rules.contributions()) {
            if (rule.cadreOnly() && status != EmployeeStatus.CADRE) {
                continue;
            }
            BigDecimal base = rule.base(gross, pass);
            if (base.signum() > 0) {
                contributions = contributions.add(ledger.add("fr." + rule.code(), rule.label(), base, rule.rate(),
                        Money.cents(base.multiply(rule.rate())), Line.Kind.CONTRIBUTION));
            }
        }
        FranceRules.Csg csg = rules.csg();
        // The 1.75 % abatement for professional expenses only applies up to 4 PASS (CSS art. L136-1-1).
        BigDecimal abated = Money.min(gross, csg.abatementCapPass().multiply(pass));
        BigDecimal base = Money.cents(gross.subtract(abated.multiply(csg.abatement())));
        BigDecimal deductible = ledger.add("fr.csg_deductible", "CSG déductible", base, csg.deductible(), Money.cents(base.multiply(csg.deductible())), Line.Kind.CONTRIBUTION);
        BigDecimal nonDeductible = ledger.add("fr.csg_non_deductible", "CSG non déductible", base, csg.nonDeductible(), Money.cents(base.multiply(csg.nonDeductible())), Line.Kind.CONTRIBUTION);
        BigDecimal crds = ledger.add("fr.crds", "CRDS", base, csg.crds(), Money.cents(base.multiply(csg.crds())), Line.Kind.CONTRIBUTION);
        BigDecimal deducted = contributions.add(deductible).add(nonDeductible).add(crds);
        BigDecimal netPay = gross.subtract(deducted);
        // Net taxable pay adds back what income tax does not allow to deduct: CSG non déductible and CRDS.
        BigDecimal netTaxable = netPay.add(nonDeductible).add(crds);
        ledger.info("fr.net_pay_before_tax", "Net à payer avant impôt sur le revenu", netPay);
        ledger.info("fr.net_taxable_pay", "Salaire net imposable", netTaxable);
        return new Result(deducted, netPay, netTaxable);
    }
}
