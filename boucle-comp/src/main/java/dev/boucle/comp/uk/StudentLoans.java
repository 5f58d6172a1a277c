package dev.boucle.comp.uk;

import dev.boucle.comp.api.Ledger;
import dev.boucle.comp.api.Line;
import dev.boucle.comp.api.Money;
import dev.boucle.comp.api.StudentLoanPlan;
import java.math.BigDecimal;

/**
 * Income-contingent repayment: the plan's rate on gross earnings above its threshold, rounded
 * down to whole pounds as payroll deductions are. Repayments are not tax, but they leave the
 * payslip like one, so they count as "other taxes" in the totals.
 */
final class StudentLoans {

    private StudentLoans() {
    }

    static BigDecimal repayment(StudentLoanPlan plan, BigDecimal gross, UkRules.Loan loan, Ledger ledger) {
        if (loan == null) {
            // Plan 5 loans (courses from August 2023) are first repaid from April 2026.
            return ledger.info("uk.student_loan." + plan.key() + ".not_due", "No " + plan.key() + " repayments in this tax year (repayments not started yet)", BigDecimal.ZERO);
        }
        BigDecimal above = Money.positive(gross.subtract(loan.threshold()));
        BigDecimal amount = Money.wholeDown(above.multiply(loan.rate()));
        return ledger.add("uk.student_loan." + plan.key(), "Student loan repayment, " + plan.key() + " (above " + loan.threshold().toPlainString() + ")", above, loan.rate(), amount, Line.Kind.OTHER_TAX);
    }
}
